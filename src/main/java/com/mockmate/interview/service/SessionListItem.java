package com.mockmate.interview.service;

import com.mockmate.interview.domain.SessionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of the candidate's interview history. */
public record SessionListItem(
        UUID id,
        UUID assessmentId,
        String assessmentTitle,
        SessionStatus status,
        String llmProvider,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable BigDecimal totalScore)
        implements Serializable {}
