package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.user.domain.UserRepository;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a user agreed to have spoken answers recorded; asked once, before the first recording. */
@Service
public class RecordingConsent {

    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    RecordingConsent(UserRepository users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean given(UUID userId) {
        return users.findById(userId)
                .map(user -> user.getRecordingConsentAt() != null)
                .orElse(false);
    }

    @Transactional
    public void give(UUID userId) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (user.getRecordingConsentAt() == null) {
            user.giveRecordingConsent(clock.instant());
            audit.record(userId, AuditAction.RECORDING_CONSENT_GIVEN, "user", userId, Map.of());
        }
    }

    @Transactional
    public void withdraw(UUID userId) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (user.getRecordingConsentAt() != null) {
            user.withdrawRecordingConsent(clock.instant());
            audit.record(userId, AuditAction.RECORDING_CONSENT_WITHDRAWN, "user", userId, Map.of());
        }
    }
}
