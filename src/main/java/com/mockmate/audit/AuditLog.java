package com.mockmate.audit;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_logs")
public class AuditLog extends AbstractEntity {

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "target_type")
    private @Nullable String targetType;

    @Column(name = "target_id")
    private @Nullable String targetId;

    private @Nullable String ip;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AuditLog() {}

    AuditLog(
            @Nullable UUID actorId,
            AuditAction action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String ip,
            Map<String, Object> details,
            Instant createdAt) {
        this.actorId = actorId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.ip = ip;
        this.details = details;
        this.createdAt = createdAt;
    }

    public @Nullable UUID getActorId() {
        return actorId;
    }

    public AuditAction getAction() {
        return action;
    }

    public @Nullable String getTargetType() {
        return targetType;
    }

    public @Nullable String getTargetId() {
        return targetId;
    }

    public @Nullable String getIp() {
        return ip;
    }

    public Map<String, Object> getDetails() {
        return details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
