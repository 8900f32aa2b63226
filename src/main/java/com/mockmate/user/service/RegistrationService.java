package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.user.domain.Role;
import com.mockmate.user.domain.User;
import com.mockmate.user.domain.UserRepository;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens candidate accounts. Registration always yields the USER role; only an admin grants more. */
@Service
public class RegistrationService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final Clock clock;

    RegistrationService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount register(Registration registration) {
        passwordPolicy
                .problemWith(registration.password(), registration.username())
                .ifPresent(problem -> {
                    throw new BadRequestException(problem);
                });
        var user = createAccount(registration, Role.USER);
        audit.record(
                user.getId(),
                AuditAction.USER_REGISTERED,
                "USER",
                user.getId(),
                Map.of("username", user.getUsername()));
        return UserAccount.of(user);
    }

    /** Creates an account with any role; for seeding and administration, never reachable from sign-up. */
    @Transactional
    public UserAccount createAccount(Registration registration, Role role, AuditAction action) {
        var user = createAccount(registration, role);
        audit.record(null, action, "USER", user.getId(), Map.of("username", user.getUsername(), "role", role.name()));
        return UserAccount.of(user);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.existsByUsernameIgnoreCase(username);
    }

    private User createAccount(Registration registration, Role role) {
        var username = registration.username().trim();
        var email = registration.email().trim();
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new ConflictException("The username '" + username + "' is already taken.");
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new ConflictException("An account with this email address already exists.");
        }
        var user = new User(
                username,
                email,
                registration.fullName().trim(),
                passwordEncoder.encode(registration.password()),
                role,
                clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("The username or email address is already taken.");
        }
    }
}
