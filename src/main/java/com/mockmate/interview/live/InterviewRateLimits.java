package com.mockmate.interview.live;

import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.base.ratelimit.TokenBuckets;
import com.mockmate.interview.InterviewProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Per-user limits on answers per minute and on model calls per (UTC) day. The day is part of the model-call key, so a
 * new day starts with a full allowance whenever the previous day's bucket was opened.
 */
@Component
public class InterviewRateLimits {

    private final TokenBuckets buckets;
    private final InterviewProperties properties;
    private final Clock clock;

    InterviewRateLimits(TokenBuckets buckets, InterviewProperties properties, Clock clock) {
        this.buckets = buckets;
        this.properties = properties;
        this.clock = clock;
    }

    public void checkAnswer(UUID userId) {
        buckets.tryAcquire("mockmate:rate:turns:" + userId, properties.turnsPerMinute(), Duration.ofMinutes(1))
                .ifPresent(wait -> {
                    throw new TooManyRequestsException(
                            "You are answering faster than " + properties.turnsPerMinute() + " times a minute.", wait);
                });
    }

    /** False once the user has used the day's model calls; the turn then fails with a readable reason. */
    public boolean tryModelCall(UUID userId) {
        var day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return buckets.tryAcquire(
                        "mockmate:rate:llm:" + userId + ":" + day, properties.llmCallsPerDay(), Duration.ofDays(1))
                .isEmpty();
    }
}
