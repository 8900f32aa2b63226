package com.mockmate.report.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A read-only link to a report; only the SHA-256 of its token is kept, so the database cannot give a link away. */
@Entity
@Table(name = "share_links")
public class ShareLink extends AbstractEntity {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 30;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_opened_at")
    private @Nullable Instant lastOpenedAt;

    @Column(name = "open_count", nullable = false)
    private int openCount;

    protected ShareLink() {}

    public ShareLink(UUID sessionId, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void opened(Instant now) {
        lastOpenedAt = now;
        openCount++;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    public int getOpenCount() {
        return openCount;
    }
}
