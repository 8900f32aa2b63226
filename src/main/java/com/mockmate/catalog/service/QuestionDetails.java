package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A question with its answer key: for instructors, admins and the evaluator, never for candidates. */
public record QuestionDetails(
        UUID id,
        UUID topicId,
        String text,
        Difficulty difficulty,
        List<String> keyPoints,
        @Nullable String referenceAnswer,
        List<String> tags,
        @Nullable Integer timeLimitSeconds,
        @Nullable UUID ownerId,
        boolean archived,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Serializable {

    static QuestionDetails of(Question question) {
        return new QuestionDetails(
                question.getId(),
                question.getTopicId(),
                question.getText(),
                question.getDifficulty(),
                question.getKeyPoints(),
                question.getReferenceAnswer(),
                question.getTags(),
                question.getTimeLimitSeconds(),
                question.getOwnerId(),
                question.isArchived(),
                question.getVersion(),
                question.getCreatedAt(),
                question.getUpdatedAt());
    }

    public QuestionDraft toDraft() {
        return new QuestionDraft(text, difficulty, keyPoints, referenceAnswer, tags, timeLimitSeconds, version);
    }
}
