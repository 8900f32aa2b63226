package com.mockmate.user.service;

import com.mockmate.user.domain.Role;
import com.mockmate.user.domain.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What decides whether a session signed in earlier may go on: the role, the enabled and lock state, and a stamp of the
 * password. The stamp is a digest of the password hash, so it changes with every new password and reveals nothing of
 * the hash when a session keeps it.
 */
public record AccountStanding(
        UUID id,
        String username,
        Role role,
        boolean enabled,
        @Nullable Instant lockedUntil,
        String credentialsStamp) {

    static AccountStanding of(User user) {
        return new AccountStanding(
                user.getId(),
                user.getUsername(),
                user.getRole(),
                user.isEnabled(),
                user.getLockedUntil(),
                credentialsStampOf(user.getPasswordHash()));
    }

    public static String credentialsStampOf(String passwordHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * What changed since a session signed in with {@code signedInRole} and {@code signedInStamp}, if it is something
     * that ends the session. A session without a stamp (signed in before stamps existed) counts as a password change.
     */
    public Optional<AccountChange> changeSince(Role signedInRole, @Nullable String signedInStamp, Instant now) {
        if (!enabled) {
            return Optional.of(AccountChange.DISABLED);
        }
        if (lockedAt(now)) {
            return Optional.of(AccountChange.LOCKED);
        }
        if (!credentialsStamp.equals(signedInStamp)) {
            return Optional.of(AccountChange.PASSWORD_CHANGED);
        }
        if (role != signedInRole) {
            return Optional.of(AccountChange.ROLE_CHANGED);
        }
        return Optional.empty();
    }
}
