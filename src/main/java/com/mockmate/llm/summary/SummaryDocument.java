package com.mockmate.llm.summary;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The single JSON document a session summary request sends: the evaluations of a completed interview's answers,
 * question by question. What
 * the candidate wrote appears only as string values (an excerpt of each answer), never in the instructions; the
 * earlier prompts and replies of the interview are not in it.
 */
public record SummaryDocument(
        SessionFacts session,
        @JsonProperty("available_topics") List<String> availableTopics,
        List<QuestionFacts> questions,
        @JsonProperty("skipped_questions") List<SkippedQuestion> skippedQuestions) {

    public SummaryDocument {
        availableTopics = List.copyOf(availableTopics);
        questions = List.copyOf(questions);
        skippedQuestions = List.copyOf(skippedQuestions);
    }

    public record SessionFacts(
            @JsonProperty("assessment_title") String assessmentTitle,
            @JsonProperty("question_count") int questionCount,
            @JsonProperty("answered_questions") int answeredQuestions,
            @JsonProperty("skipped_questions") int skippedQuestions,
            @Nullable BigDecimal total,
            @JsonProperty("per_topic") Map<String, BigDecimal> perTopic) {}

    /** A question the candidate answered, with its key points judged over all its answers taken together. */
    public record QuestionFacts(
            int position,
            String topic,
            String text,
            @Nullable BigDecimal score,
            @JsonProperty("key_points_covered") List<String> keyPointsCovered,
            @JsonProperty("key_points_missed") List<String> keyPointsMissed,
            List<AnswerFacts> answers) {}

    /** One evaluated answer: to the question itself ({@code follow_up_index} 0) or to a follow-up. */
    public record AnswerFacts(
            @JsonProperty("follow_up_index") int followUpIndex,
            @JsonProperty("answer_excerpt") String answerExcerpt,
            Ratings ratings,
            BigDecimal total,
            @JsonProperty("evaluator_strengths") List<String> evaluatorStrengths,
            @JsonProperty("evaluator_improvements") List<String> evaluatorImprovements,
            GrammarFacts grammar,
            @Nullable DeliveryFacts delivery) {}

    public record Ratings(RatingFacts technical, RatingFacts depth, RatingFacts communication, RatingFacts grammar) {}

    /** @param rating excellent, good, fair, poor or none */
    public record RatingFacts(String rating, String justification) {}

    /** @param examples a few LanguageTool findings: the message and the words it is about */
    public record GrammarFacts(
            @JsonProperty("word_count") int wordCount,
            @JsonProperty("issue_count") int issueCount,
            List<String> examples) {}

    public record DeliveryFacts(
            @JsonProperty("words_per_minute") double wordsPerMinute,
            @JsonProperty("filler_word_count") int fillerWordCount,
            List<String> fillers,
            @JsonProperty("long_pauses") int longPauses) {}

    public record SkippedQuestion(int position, String topic, String text) {}
}
