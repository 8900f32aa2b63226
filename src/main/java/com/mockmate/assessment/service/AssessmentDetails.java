package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.catalog.service.QuestionDetails;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assessment as its authors see it: status, version and the questions in order, answer keys included. */
public record AssessmentDetails(
        UUID id,
        String title,
        @Nullable String description,
        AssessmentStatus status,
        @Nullable UUID ownerId,
        @Nullable Integer timeLimitMinutes,
        List<QuestionDetails> questions,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Serializable {

    public List<UUID> questionIds() {
        return questions.stream().map(QuestionDetails::id).toList();
    }
}
