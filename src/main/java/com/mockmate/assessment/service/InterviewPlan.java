package com.mockmate.assessment.service;

import com.mockmate.catalog.domain.Difficulty;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as the interview engine runs it: questions in order with their answer keys. Server-side only; the
 * candidate sees the question text through the interviewer, never the keys.
 */
public record InterviewPlan(UUID assessmentId, String title, List<PlannedQuestion> questions) implements Serializable {

    public PlannedQuestion question(int position) {
        return questions.get(position - 1);
    }

    public int count() {
        return questions.size();
    }

    public record PlannedQuestion(
            UUID id,
            int position,
            String text,
            String topic,
            Difficulty difficulty,
            List<String> keyPoints,
            @Nullable String referenceAnswer,
            @Nullable Integer timeLimitSeconds)
            implements Serializable {}
}
