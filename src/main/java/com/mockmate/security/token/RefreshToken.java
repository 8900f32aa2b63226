package com.mockmate.security.token;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One refresh token of a rotation family. Only the SHA-256 of the token is kept. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "replaced_by")
    private @Nullable UUID replacedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "user_agent")
    private @Nullable String userAgent;

    private @Nullable String ip;

    protected RefreshToken() {}

    RefreshToken(
            UUID userId,
            UUID familyId,
            String tokenHash,
            Instant expiresAt,
            Instant createdAt,
            @Nullable String userAgent,
            @Nullable String ip) {
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.userAgent = userAgent == null ? null : truncate(userAgent, 255);
        this.ip = ip;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void replaceWith(UUID successorId, Instant now) {
        revoke(now);
        replacedBy = successorId;
    }

    UUID getUserId() {
        return userId;
    }

    UUID getFamilyId() {
        return familyId;
    }

    @Nullable
    UUID getReplacedBy() {
        return replacedBy;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }
}
