package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.user.domain.Role;
import com.mockmate.user.domain.User;
import com.mockmate.user.domain.UserLocked;
import com.mockmate.user.domain.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to other people's accounts: find them, change their role, lock and unlock them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** An administrator's lock without an end date lasts until someone unlocks it. */
    static final Instant INDEFINITELY = Instant.parse("9999-12-31T23:59:59Z");

    private final UserRepository users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(UserRepository users, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(@Nullable String query, Pageable pageable) {
        var q = query == null || query.isBlank() ? null : query.trim();
        var ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return users.search(q, ordered).map(UserAccount::of);
    }

    @Transactional
    public UserAccount changeRole(UUID actorId, UUID userId, Role newRole) {
        var user = load(userId);
        var oldRole = user.getRole();
        if (oldRole == newRole) {
            return UserAccount.of(user);
        }
        if (oldRole == Role.ADMIN && users.countByRole(Role.ADMIN) <= 1) {
            throw new ConflictException("The last administrator cannot lose the ADMIN role.");
        }
        user.changeRole(newRole, clock.instant());
        audit.record(
                actorId,
                AuditAction.ROLE_CHANGED,
                "USER",
                userId,
                Map.of("from", oldRole.name(), "to", newRole.name()));
        return UserAccount.of(user);
    }

    @Transactional
    public UserAccount lock(UUID actorId, UUID userId, @Nullable Duration duration) {
        if (actorId.equals(userId)) {
            throw new ConflictException("You cannot lock your own account.");
        }
        var user = load(userId);
        var now = clock.instant();
        var until = duration == null ? INDEFINITELY : now.plus(duration);
        user.lockUntil(until, now);
        audit.record(actorId, AuditAction.USER_LOCKED, "USER", userId, Map.of("until", until.toString()));
        events.publishEvent(new UserLocked(userId));
        return UserAccount.of(user);
    }

    @Transactional
    public UserAccount unlock(UUID actorId, UUID userId) {
        var user = load(userId);
        user.unlock(clock.instant());
        audit.record(actorId, AuditAction.USER_UNLOCKED, "USER", userId, Map.of());
        return UserAccount.of(user);
    }

    private User load(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No such user."));
    }
}
