package com.mockmate.report.service;

import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.service.WrittenSummaryDetails;
import com.mockmate.scoring.GrammarFinding;
import com.mockmate.speech.DeliveryMetrics;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a candidate takes away from a completed interview: per question the answers with their ratings and
 * feedback, the key points covered and missed, and an example answer, which the interview itself never shows.
 *
 * @param summary the summary made at completion (scores by topic, skipped questions, delivery)
 * @param writtenSummary the summary written afterwards (overall feedback, three strengths, three improvements with next
 *     steps, next topic, who wrote it); {@code null} for a practice session
 */
public record SessionReport(
        UUID sessionId,
        String testTitle,
        Instant startedAt,
        @Nullable Instant completedAt,
        Evaluator evaluator,
        @Nullable BigDecimal total,
        @Nullable Map<String, Object> summary,
        @Nullable WrittenSummaryDetails writtenSummary,
        List<QuestionReport> questions)
        implements Serializable {

    /** The overall feedback to show: the written summary's once it is written, else the completion summary's. */
    public @Nullable String overallFeedback() {
        if (writtenSummary != null && !writtenSummary.writing() && writtenSummary.overallFeedback() != null) {
            return writtenSummary.overallFeedback();
        }
        return summary != null && summary.get("overallFeedback") instanceof String overall ? overall : null;
    }

    /**
     * Who rated the answers.
     *
     * @param label what the candidate reads: "Offline evaluator" or the provider and model
     */
    public record Evaluator(String provider, @Nullable String model, String label) implements Serializable {}

    /**
     * One question with its answers (the first, then any follow-ups).
     *
     * @param keyPointsCovered the key points the answers to this question covered, all of them taken together
     * @param exampleAnswer what an excellent answer could say; absent when the question bank has none
     */
    public record QuestionReport(
            UUID questionId,
            int position,
            String text,
            String topic,
            List<String> keyPointsCovered,
            List<String> keyPointsMissed,
            @Nullable String exampleAnswer,
            List<AnswerReport> answers)
            implements Serializable {}

    /**
     * One answer: to the question itself ({@code followUpIndex} 0) or to a follow-up.
     *
     * @param prompt what the interviewer asked
     * @param answer what the candidate said: the typed text, or the transcript of a spoken answer
     * @param dimensions technical, depth, communication and grammar, in that order; empty unless evaluated
     * @param interviewerReaction what the interviewer said next
     * @param delivery pace, fillers and pauses of a spoken answer
     */
    public record AnswerReport(
            UUID turnId,
            int followUpIndex,
            String prompt,
            String answer,
            AnswerMode mode,
            TurnStatus status,
            List<DimensionReport> dimensions,
            @Nullable BigDecimal total,
            List<GrammarFinding> grammarFindings,
            @Nullable DeliveryMetrics delivery,
            @Nullable String interviewerReaction,
            List<String> strengths,
            List<String> improvements)
            implements Serializable {}

    /**
     * A rubric dimension: the rating, its points (0–100) and why.
     *
     * @param evidence up to three quotes from the answer that support the rating, each checked to occur in it
     */
    public record DimensionReport(
            String name, String rating, BigDecimal points, String justification, List<String> evidence)
            implements Serializable {}
}
