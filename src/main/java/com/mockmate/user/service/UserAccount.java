package com.mockmate.user.service;

import com.mockmate.user.domain.Role;
import com.mockmate.user.domain.User;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A read-only view of an account, safe to hand to views and controllers: no password hash. */
public record UserAccount(
        UUID id,
        String username,
        String email,
        String fullName,
        Role role,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Instant createdAt)
        implements Serializable {

    static UserAccount of(User user) {
        return new UserAccount(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                user.getFullName(),
                user.getRole(),
                user.isEnabled(),
                user.getLockedUntil(),
                user.getCreatedAt());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
