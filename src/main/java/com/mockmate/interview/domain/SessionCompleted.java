package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An interview ended with its results: after its last answer, or finished early by the candidate.
 *
 * @param practice a retry of one question, kept apart from test averages and given no written summary
 */
public record SessionCompleted(
        UUID sessionId,
        UUID userId,
        UUID assessmentId,
        @Nullable BigDecimal total,
        Instant completedAt,
        boolean practice)
        implements SessionEvent {}
