package com.mockmate.interview.service;

import com.mockmate.interview.domain.SessionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of the candidate's interview history.
 *
 * @param practiceOf the test interview a practice session retries a question of; {@code null} for a test
 * @param practice whether this is a practice session, kept apart from test averages
 */
public record SessionListItem(
        UUID id,
        UUID assessmentId,
        String assessmentTitle,
        SessionStatus status,
        String llmProvider,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable BigDecimal totalScore,
        @Nullable UUID practiceOf,
        boolean practice)
        implements Serializable {}
