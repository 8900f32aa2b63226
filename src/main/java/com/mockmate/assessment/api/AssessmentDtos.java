package com.mockmate.assessment.api;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentCard;
import com.mockmate.assessment.service.AssessmentDetails;
import com.mockmate.assessment.service.AssessmentSummary;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One response record per audience: candidates never get question text or answer keys from these endpoints. */
final class AssessmentDtos {

    private AssessmentDtos() {}

    record CandidateAssessmentResponse(
            UUID id,
            String title,
            @Nullable String description,
            int questionCount,
            @Nullable Integer timeLimitMinutes,
            List<String> topics,
            Map<Difficulty, Long> difficultyMix) {
        static CandidateAssessmentResponse of(AssessmentCard card) {
            return new CandidateAssessmentResponse(
                    card.id(),
                    card.title(),
                    card.description(),
                    card.questionCount(),
                    card.timeLimitMinutes(),
                    card.topics(),
                    card.difficultyMix());
        }
    }

    record AssessmentSummaryResponse(
            UUID id,
            String title,
            AssessmentStatus status,
            @Nullable UUID ownerId,
            int questionCount,
            @Nullable Integer timeLimitMinutes,
            long version,
            Instant updatedAt) {
        static AssessmentSummaryResponse of(AssessmentSummary s) {
            return new AssessmentSummaryResponse(
                    s.id(),
                    s.title(),
                    s.status(),
                    s.ownerId(),
                    s.questionCount(),
                    s.timeLimitMinutes(),
                    s.version(),
                    s.updatedAt());
        }
    }

    record AssessmentQuestion(
            int position,
            UUID id,
            UUID topicId,
            String text,
            Difficulty difficulty,
            List<String> keyPoints,
            @Nullable String referenceAnswer,
            boolean archived) {
        static AssessmentQuestion of(int position, QuestionDetails q) {
            return new AssessmentQuestion(
                    position,
                    q.id(),
                    q.topicId(),
                    q.text(),
                    q.difficulty(),
                    q.keyPoints(),
                    q.referenceAnswer(),
                    q.archived());
        }
    }

    record AssessmentResponse(
            UUID id,
            String title,
            @Nullable String description,
            AssessmentStatus status,
            @Nullable UUID ownerId,
            @Nullable Integer timeLimitMinutes,
            List<AssessmentQuestion> questions,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static AssessmentResponse of(AssessmentDetails d) {
            var questions = new java.util.ArrayList<AssessmentQuestion>();
            for (int i = 0; i < d.questions().size(); i++) {
                questions.add(AssessmentQuestion.of(i + 1, d.questions().get(i)));
            }
            return new AssessmentResponse(
                    d.id(),
                    d.title(),
                    d.description(),
                    d.status(),
                    d.ownerId(),
                    d.timeLimitMinutes(),
                    List.copyOf(questions),
                    d.version(),
                    d.createdAt(),
                    d.updatedAt());
        }
    }
}
