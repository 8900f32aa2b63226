package com.mockmate.interview.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.interview.domain.SummaryContent.Improvement;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.GrammarFinding;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCard;
import com.mockmate.speech.DeliveryMetrics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The offline summary works from the evaluations: every statement names a rating, a key point or a finding. */
class OfflineSessionSummaryTest {

    private static final List<String> CATALOG = List.of("Behavioural", "Java", "SQL & Databases", "System Design");

    @Test
    void three_strengths_and_three_improvements_come_from_ratings_key_points_and_findings() {
        var java = question(1, "Java", "How does a HashMap work?", List.of("hashCode picks the bucket", "resizing"));
        var sql =
                question(2, "SQL & Databases", "What is an index?", List.of("B-tree", "slower writes", "selectivity"));
        var facts = facts(
                new BigDecimal("58.00"),
                Map.of("Java", new BigDecimal("82.00"), "SQL & Databases", new BigDecimal("34.00")),
                List.of(
                        new SummaryFacts.QuestionFacts(
                                java,
                                new BigDecimal("82.00"),
                                new KeyPointsCovered(List.of("hashCode picks the bucket"), List.of("resizing")),
                                List.of(answer(
                                        Rating.GOOD, Rating.GOOD, Rating.EXCELLENT, Rating.GOOD, "82.00", null))),
                        new SummaryFacts.QuestionFacts(
                                sql,
                                new BigDecimal("34.00"),
                                new KeyPointsCovered(List.of(), List.of("B-tree", "slower writes", "selectivity")),
                                List.of(answer(
                                        Rating.POOR, Rating.NONE, Rating.FAIR, Rating.FAIR, "34.00", grammar())))),
                List.of(question(3, "System Design", "Design a URL shortener.", List.of("hashing"))));

        var summary = OfflineSessionSummary.write(facts);

        assertThat(summary.strengths()).hasSize(3);
        assertThat(summary.improvements()).hasSize(3);
        assertThat(summary.strengths().getFirst()).startsWith("Your strongest dimension was communication");
        assertThat(summary.strengths())
                .anySatisfy(s -> assertThat(s).contains("You covered 1 of 5 key points", "hashCode picks the bucket"));
        assertThat(summary.improvements())
                .extracting(Improvement::improvement)
                .containsExactly(
                        "One question was left unanswered and counted as 0, starting with question 3.",
                        "Question 2 (SQL & Databases) missed 3 of 3 key points, such as \u201cB-tree\u201d.",
                        "Depth was your weakest dimension: 40 points on average, rated good or better on 1 of 2"
                                + " answers.");
        assertThat(summary.improvements())
                .allSatisfy(i -> assertThat(i.nextStep()).isNotBlank());
        assertThat(summary.improvements().get(1).nextStep()).contains("\u201cB-tree\u201d", "question 2");
        assertThat(summary.overallFeedback())
                .contains("58 out of 100", "2 of 3 questions answered", "1 skipped")
                .contains("strongest on communication", "weakest on depth")
                .contains("Best topic: Java (82); weakest: SQL & Databases (34).");
        assertThat(summary.recommendedNextTopic()).isEqualTo("SQL & Databases");
    }

    @Test
    void grammar_findings_and_a_fast_pace_become_improvements_with_a_fix() {
        var java = question(1, "Java", "How does a HashMap work?", List.of("hashCode picks the bucket"));
        var fast = new DeliveryMetrics(60, 195, 2, List.of("um"), 0, false);
        var answer = new SummaryFacts.AnswerFacts(
                0,
                "It hash the key.",
                evaluation(Rating.EXCELLENT, Rating.EXCELLENT, Rating.GOOD, Rating.FAIR),
                card("95", "95", "80", "60", "88"),
                grammar(),
                fast);
        var facts = facts(
                new BigDecimal("88.00"),
                Map.of("Java", new BigDecimal("88.00")),
                List.of(new SummaryFacts.QuestionFacts(
                        java,
                        new BigDecimal("88.00"),
                        new KeyPointsCovered(List.of("hashCode picks the bucket"), List.of()),
                        List.of(answer))),
                List.of());

        var summary = OfflineSessionSummary.write(facts);

        assertThat(summary.improvements())
                .extracting(Improvement::improvement)
                .contains("You spoke fast: 195 words per minute on average.")
                .anySatisfy(text -> assertThat(text).contains("1 grammar finding", "\u201cIt hash\u201d"));
        assertThat(summary.improvements())
                .anySatisfy(i -> assertThat(i.nextStep()).contains("\u201cIt hashes\u201d"));
        assertThat(summary.strengths()).hasSize(3);
        assertThat(summary.recommendedNextTopic())
                .as("every topic here went well, so a topic not practised yet")
                .isEqualTo("Behavioural");
    }

    @Test
    void an_interview_without_evaluated_answers_says_so_and_invents_no_strength() {
        var facts = facts(null, Map.of(), List.of(), List.of(question(1, "Java", "Explain volatile.", List.of("x"))));

        var summary = OfflineSessionSummary.write(facts);

        assertThat(summary.overallFeedback()).startsWith("No answer could be evaluated");
        assertThat(summary.strengths()).isEmpty();
        assertThat(summary.improvements()).hasSize(1);
    }

    private static SummaryFacts facts(
            BigDecimal total,
            Map<String, BigDecimal> perTopic,
            List<SummaryFacts.QuestionFacts> questions,
            List<DrawnQuestions.Question> skipped) {
        return new SummaryFacts(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Warm-up",
                questions.size() + skipped.size(),
                total,
                perTopic,
                CATALOG,
                questions,
                skipped);
    }

    private static DrawnQuestions.Question question(int position, String topic, String text, List<String> keyPoints) {
        return new DrawnQuestions.Question(UUID.randomUUID(), position, text, topic, "EASY", keyPoints, null, null);
    }

    private static SummaryFacts.AnswerFacts answer(
            Rating technical,
            Rating depth,
            Rating communication,
            Rating grammar,
            String total,
            GrammarReport grammarReport) {
        return new SummaryFacts.AnswerFacts(
                0,
                "An answer.",
                evaluation(technical, depth, communication, grammar),
                card(
                        String.valueOf(technical.points()),
                        String.valueOf(depth.points()),
                        String.valueOf(communication.points()),
                        String.valueOf(grammar.points()),
                        total),
                grammarReport,
                null);
    }

    private static AnswerEvaluation evaluation(Rating technical, Rating depth, Rating communication, Rating grammar) {
        return new AnswerEvaluation(
                new DimensionRating(technical, "t"),
                new DimensionRating(depth, "d"),
                new DimensionRating(communication, "c"),
                new DimensionRating(grammar, "g"),
                List.of(),
                List.of(),
                NextAction.NEXT_QUESTION);
    }

    private static ScoreCard card(String technical, String depth, String communication, String grammar, String total) {
        return new ScoreCard(
                new BigDecimal(technical),
                new BigDecimal(depth),
                new BigDecimal(communication),
                new BigDecimal(grammar),
                new BigDecimal(total));
    }

    private static GrammarReport grammar() {
        return new GrammarReport(
                40,
                1,
                List.of(new GrammarFinding(
                        "The verb does not agree with its subject", "It hash", 0, 7, List.of("It hashes"), "AGR")));
    }
}
