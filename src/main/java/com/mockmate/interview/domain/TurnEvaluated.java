package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** An answer was scored; {@code total} is its rubric total (0–100). */
public record TurnEvaluated(
        UUID sessionId, UUID userId, UUID turnId, UUID questionId, int questionPosition, BigDecimal total)
        implements SessionEvent {}
