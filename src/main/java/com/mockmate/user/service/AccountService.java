package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.user.domain.User;
import com.mockmate.user.domain.UserPasswordChanged;
import com.mockmate.user.domain.UserRepository;
import com.mockmate.user.domain.Usernames;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user's own account: reading it, changing name, email and password. */
@Service
public class AccountService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentPasswordCheck currentPassword;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentPasswordCheck currentPassword,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentPassword = currentPassword;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID userId) {
        return UserAccount.of(load(userId));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(UUID userId) {
        return users.findById(userId).map(UserAccount::of);
    }

    /** Any spelling is normalised first (see {@link Usernames}); an ill-formed name finds nobody without a query. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        var normalised = Usernames.normalise(username);
        if (!Usernames.isWellFormed(normalised)) {
            return Optional.empty();
        }
        return users.findByUsername(normalised).map(UserAccount::of);
    }

    /**
     * Read on every request of a signed-in web session and of the API, so that account changes apply at once; one
     * statement, outside a transaction (see {@link UserRepository#findStandingById}).
     */
    public Optional<AccountStanding> standing(UUID userId) {
        return users.findStandingById(userId).map(AccountStanding::of);
    }

    /** The standings of many accounts in one query, for re-checking long-lived connections; gone accounts are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, AccountStanding> standings(Collection<UUID> userIds) {
        return users.findAllById(userIds).stream()
                .map(AccountStanding::of)
                .collect(Collectors.toMap(AccountStanding::id, standing -> standing));
    }

    /** The stored hash, for the authentication provider only. */
    @Transactional(readOnly = true)
    public Optional<String> passwordHashOf(UUID userId) {
        return users.findById(userId).map(User::getPasswordHash);
    }

    /**
     * A new email address or password needs the current password, checked before anything else is looked up, so that
     * a stolen access token can neither take the account over nor probe which addresses are registered.
     */
    @Transactional
    public UserAccount update(UUID userId, AccountChanges changes) {
        var user = load(userId);
        var now = clock.instant();
        var fullName = changes.fullName() == null
                ? user.getFullName()
                : changes.fullName().trim();
        var email = changes.email() == null ? user.getEmail() : changes.email().trim();
        if (fullName.isEmpty()) {
            throw new BadRequestException("Full name must not be blank.");
        }
        boolean newEmail = !email.equalsIgnoreCase(user.getEmail());
        if (newEmail || changes.newPassword() != null) {
            currentPassword.verify(user, changes.currentPassword());
        }
        if (newEmail && users.existsByEmailIgnoreCaseAndIdNot(email, userId)) {
            throw new ConflictException("An account with this email address already exists.");
        }
        user.changeDetails(fullName, email, now);
        if (changes.newPassword() != null) {
            changePassword(user, changes.newPassword());
        }
        audit.record(
                userId,
                AuditAction.PROFILE_UPDATED,
                "USER",
                userId,
                Map.of("passwordChanged", changes.newPassword() != null));
        return UserAccount.of(user);
    }

    private void changePassword(User user, String newPassword) {
        passwordPolicy.problemWith(newPassword, user.getUsername()).ifPresent(problem -> {
            throw new BadRequestException(problem);
        });
        user.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(user.getId(), AuditAction.PASSWORD_CHANGED, "USER", user.getId(), Map.of());
        events.publishEvent(new UserPasswordChanged(user.getId()));
    }

    private User load(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No such user."));
    }
}
