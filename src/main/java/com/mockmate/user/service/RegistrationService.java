package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.user.domain.Role;
import com.mockmate.user.domain.User;
import com.mockmate.user.domain.UserRepository;
import com.mockmate.user.domain.Usernames;
import java.time.Clock;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens candidate accounts. Registration always yields the USER role; only an admin grants more. */
@Service
public class RegistrationService {

    private static final String USERNAME_INDEX = "ux_users_username";
    private static final String EMAIL_INDEX = "ux_users_email_ci";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final RegistrationLimit limit;
    private final AuditTrail audit;
    private final Clock clock;

    RegistrationService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            RegistrationLimit limit,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.limit = limit;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A sign-up from the API or the registration view, limited per client address (the servlet request's remote
     * address, which honours forwarded headers only when the server is configured to trust them).
     */
    @Transactional
    public UserAccount register(Registration registration, @Nullable String clientAddress) {
        limit.check(clientAddress);
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
        var normalised = Usernames.normalise(username);
        return normalised != null && users.existsByUsername(normalised);
    }

    private User createAccount(Registration registration, Role role) {
        var username = registration.username();
        var email = registration.email().trim();
        if (users.existsByUsername(username)) {
            throw usernameConflict(username);
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw emailConflict();
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
            // A concurrent sign-up took the name or address after the checks above. Anything else is not a conflict.
            var index = violatedUniqueIndex(e);
            if (USERNAME_INDEX.equalsIgnoreCase(index)) {
                throw usernameConflict(username);
            }
            if (EMAIL_INDEX.equalsIgnoreCase(index)) {
                throw emailConflict();
            }
            throw e;
        }
    }

    private static @Nullable String violatedUniqueIndex(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    private static ConflictException usernameConflict(String username) {
        return new ConflictException("The username '" + username + "' is already taken.");
    }

    private static ConflictException emailConflict() {
        return new ConflictException("An account with this email address already exists.");
    }
}
