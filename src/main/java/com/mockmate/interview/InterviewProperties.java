package com.mockmate.interview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Interview pipeline settings. A turn that has not moved for {@code fallbackDelay} (its instance died) is carried on
 * by the stalled-turn recovery; the fast path normally finishes long before. The recovery takes a turn up at most
 * {@code recoveryMaxAttempts} times, then fails it with a reason. A WebSocket client that has not authenticated within
 * {@code socketAuthTimeout} is disconnected. Recordings of spoken answers are deleted {@code audioRetentionDays} after
 * they were made. A candidate can have at most {@code maxOpenSessions} interviews in progress at once.
 */
@ConfigurationProperties("mockmate.interview")
public record InterviewProperties(
        @DefaultValue("1") int maxFollowUps,
        @DefaultValue("12") int turnsPerMinute,
        @DefaultValue("500") int llmCallsPerDay,
        @DefaultValue("64") int maxConcurrentEvaluations,
        @DefaultValue("2m") Duration fallbackDelay,
        @DefaultValue("5m") Duration lockTtl,
        @DefaultValue("2h") Duration liveStateTtl,
        @DefaultValue("10s") Duration socketAuthTimeout,
        @DefaultValue("30") int audioRetentionDays,
        @DefaultValue("3") int recoveryMaxAttempts,
        @DefaultValue("3") int maxOpenSessions) {

    public InterviewProperties {
        if (recoveryMaxAttempts < 1) {
            throw new IllegalArgumentException("mockmate.interview.recovery-max-attempts must be at least 1");
        }
        if (maxOpenSessions < 1) {
            throw new IllegalArgumentException("mockmate.interview.max-open-sessions must be at least 1");
        }
    }
}
