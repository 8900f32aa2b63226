package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An interview ended with its results: after its last answer, or finished early by the candidate. */
public record SessionCompleted(
        UUID sessionId,
        UUID userId,
        UUID assessmentId,
        @Nullable BigDecimal total,
        Instant completedAt) implements SessionEvent {}
