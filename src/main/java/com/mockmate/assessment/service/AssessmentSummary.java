package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.AssessmentStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the staff list of assessments. */
public record AssessmentSummary(
        UUID id,
        String title,
        AssessmentStatus status,
        @Nullable UUID ownerId,
        int questionCount,
        @Nullable Integer timeLimitMinutes,
        long version,
        Instant updatedAt)
        implements Serializable {}
