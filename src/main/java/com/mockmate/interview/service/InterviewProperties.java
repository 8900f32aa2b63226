package com.mockmate.interview.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Interview pipeline settings. The durable fallback job fires after {@code fallbackDelay}; the fast path normally
 * finishes long before and the job then finds nothing to do. A WebSocket client that has not authenticated within
 * {@code socketAuthTimeout} is disconnected. Recordings of spoken answers are deleted {@code audioRetentionDays} after
 * they were made.
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
        @DefaultValue("30") int audioRetentionDays) {}
