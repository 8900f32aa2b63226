package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.base.ratelimit.AddressBuckets;
import com.mockmate.base.ratelimit.WindowCounter;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sign-up attempts per client address and hour, counted before anything else so that neither bcrypt nor the
 * taken-name checks run for a refused attempt. Every attempt counts, whatever its outcome: taken names answered 409
 * would otherwise let a script probe usernames and email addresses without limit.
 */
@Component
class RegistrationLimit {

    private static final String PREFIX = "mockmate:rate:registrations:";
    private static final Duration WINDOW = Duration.ofHours(1);

    private final WindowCounter counter;
    private final RegistrationProperties properties;
    private final AuditTrail audit;

    RegistrationLimit(WindowCounter counter, RegistrationProperties properties, AuditTrail audit) {
        this.counter = counter;
        this.properties = properties;
        this.audit = audit;
    }

    void check(@Nullable String clientAddress) {
        var bucket = AddressBuckets.of(clientAddress);
        var count = counter.increment(PREFIX + bucket, WINDOW);
        if (!count.exceeds(properties.maxPerHour())) {
            return;
        }
        if (count.value() == properties.maxPerHour() + 1L) {
            // Once per window: a script hammering the endpoint must not flood the audit trail as well.
            audit.record(
                    null,
                    AuditAction.REGISTRATION_THROTTLED,
                    "ADDRESS",
                    bucket,
                    Map.of("limitPerHour", properties.maxPerHour()));
        }
        var minutes = Math.max(1, (count.retryAfter().toSeconds() + 59) / 60);
        throw new TooManyRequestsException(
                "Too many sign-ups from your network address. Try again in " + minutes + " minute(s).",
                count.retryAfter());
    }
}
