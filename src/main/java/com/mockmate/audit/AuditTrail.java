package com.mockmate.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit rows. Each row commits on its own, so a failed login or a rejected token is recorded even though the
 * request that caused it fails.
 */
@Service
public class AuditTrail {

    private final AuditLogRepository repository;
    private final Clock clock;

    AuditTrail(AuditLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(
            @Nullable UUID actorId,
            AuditAction action,
            @Nullable String targetType,
            @Nullable Object targetId,
            Map<String, Object> details) {
        repository.save(new AuditLog(
                actorId,
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                currentClientIp(),
                details,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<AuditLog> findByAction(AuditAction action) {
        return repository.findByActionOrderByCreatedAtDesc(action);
    }

    @Transactional(readOnly = true)
    public List<AuditLog> findByTarget(Object targetId) {
        return repository.findByTargetIdOrderByCreatedAtDesc(targetId.toString());
    }

    /** The client address of the request being served, if any; forwarded headers are resolved by the server. */
    public static @Nullable String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
