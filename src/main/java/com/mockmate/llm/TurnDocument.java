package com.mockmate.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mockmate.scoring.GrammarReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The single JSON document a turn sends to the model. Everything the candidate wrote is in here as a JSON string
 * value, never in the instructions. Earlier answers and transcripts are deliberately absent: each call is stateless.
 */
public record TurnDocument(
        @JsonProperty("profile_summary") String profileSummary,
        SessionFacts session,
        QuestionFacts question,
        @JsonProperty("answer_text") String answerText,
        @JsonProperty("prior_scores") List<PriorScore> priorScores,
        @JsonProperty("grammar_evidence") GrammarReport grammarEvidence,
        @JsonProperty("delivery_evidence") @Nullable DeliveryEvidence deliveryEvidence) {

    public record SessionFacts(
            @JsonProperty("assessment_title") String assessmentTitle,
            String topic,
            String difficulty,
            @JsonProperty("question_position") int questionPosition,
            @JsonProperty("question_count") int questionCount,
            @JsonProperty("follow_ups_used") int followUpsUsed,
            @JsonProperty("max_follow_ups") int maxFollowUps,
            @JsonProperty("answering_follow_up") @Nullable String answeringFollowUp) {}

    public record QuestionFacts(
            String text,
            @JsonProperty("key_points") List<String> keyPoints,
            @JsonProperty("reference_answer") @Nullable String referenceAnswer) {}

    public record PriorScore(
            @JsonProperty("question_position") int questionPosition,
            double technical,
            double depth,
            double communication,
            double grammar,
            double total) {}
}
