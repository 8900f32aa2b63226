package com.mockmate.interview.summary;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The end-of-interview summary: the total as {@link QuestionScores} defines it (skipped questions count as 0);
 * strengths and weaknesses are the points the evaluator repeated most, without contradicting each other; per-topic
 * scores show where to practise.
 */
public final class SessionSummarizer {

    private SessionSummarizer() {}

    record Summary(@Nullable BigDecimal total, Map<String, Object> content) {}

    /** What became of one question of the plan. */
    private record QuestionResult(
            DrawnQuestions.Question question,
            boolean asked,
            @Nullable BigDecimal score) {

        boolean skipped() {
            return !asked;
        }
    }

    /** Practice keeps its score out of test averages, and its summary says so first. */
    static final String PRACTICE_NOTE = "A practice attempt: kept apart from your test averages.";

    static Summary summarize(
            DrawnQuestions plan, List<InterviewTurn> turns, Map<UUID, TurnScore> scores, boolean practice) {
        var evaluated = turns.stream()
                .filter(t -> t.getStatus() == TurnStatus.EVALUATED && scores.containsKey(t.getId()))
                .toList();
        var results = plan.questions().stream()
                .map(question -> result(question, turns, evaluated, scores))
                .toList();
        var total = total(results);
        int answered = (int) results.stream().filter(r -> r.score() != null).count();
        var skipped = results.stream().filter(QuestionResult::skipped).toList();
        int unscored = (int)
                results.stream().filter(r -> r.asked() && r.score() == null).count();
        var perTopic = perTopic(results);
        var content = new LinkedHashMap<String, Object>();
        var feedback = overallFeedback(total, perTopic, answered, skipped.size(), unscored, plan);
        content.put("overallFeedback", practice ? PRACTICE_NOTE + " " + feedback : feedback);
        content.put("practice", practice);
        var advice = Advice.consistent(
                mentions(evaluated, AnswerEvaluation::strengths), mentions(evaluated, AnswerEvaluation::improvements));
        content.put("strengths", advice.strengths());
        content.put("weaknesses", advice.improvements());
        content.put("perTopic", perTopic);
        content.put("answeredQuestions", answered);
        content.put("skippedQuestions", skipped.size());
        content.put("unscoredQuestions", unscored);
        content.put("questionCount", plan.count());
        content.put(
                "skipped",
                skipped.stream()
                        .map(r -> Map.of(
                                "position",
                                r.question().position(),
                                "text",
                                r.question().text()))
                        .toList());
        DeliverySummary.of(evaluated).ifPresent(delivery -> content.put("delivery", delivery));
        return new Summary(total, content);
    }

    private static QuestionResult result(
            DrawnQuestions.Question question,
            List<InterviewTurn> turns,
            List<InterviewTurn> evaluated,
            Map<UUID, TurnScore> scores) {
        boolean asked = turns.stream().anyMatch(t -> t.getQuestionPosition() == question.position());
        var totals = evaluated.stream()
                .filter(t -> t.getQuestionPosition() == question.position())
                .map(t -> scores.get(t.getId()).toCard().total())
                .toList();
        return new QuestionResult(question, asked, QuestionScores.question(totals));
    }

    private static @Nullable BigDecimal total(List<QuestionResult> results) {
        return QuestionScores.total(
                results.stream()
                        .map(QuestionResult::score)
                        .filter(Objects::nonNull)
                        .toList(),
                (int) results.stream().filter(QuestionResult::skipped).count());
    }

    /** Each topic scored like the whole interview, so the topics and the total tell the same story. */
    private static Map<String, BigDecimal> perTopic(List<QuestionResult> results) {
        var byTopic = results.stream()
                .collect(Collectors.groupingBy(r -> r.question().topic(), LinkedHashMap::new, Collectors.toList()));
        var perTopic = new LinkedHashMap<String, BigDecimal>();
        byTopic.forEach((topic, topicResults) -> {
            var score = total(topicResults);
            if (score != null) {
                perTopic.put(topic, score);
            }
        });
        return perTopic;
    }

    /** How often each point was made, most frequent first. */
    private static Map<String, Long> mentions(
            List<InterviewTurn> turns, Function<AnswerEvaluation, List<String>> field) {
        return turns.stream()
                .map(turn -> turn.getOutcome().getEvaluation())
                .filter(Objects::nonNull)
                .flatMap(e -> field.apply(e).stream()
                        .map(SessionSummarizer::withoutCounts)
                        .distinct())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    }

    /** "Explain more (2 of 5)." and "Explain more (1 of 4)." are the same advice; count it once. */
    static String withoutCounts(String point) {
        return point.replaceAll("\\s*\\(\\d+ of \\d+\\)", "");
    }

    private static String overallFeedback(
            @Nullable BigDecimal total,
            Map<String, BigDecimal> perTopic,
            int answered,
            int skipped,
            int unscored,
            DrawnQuestions plan) {
        if (total == null) {
            return answered + skipped == unscored && unscored > 0
                    ? "No answer could be evaluated, so there is no score for this interview."
                    : "You finished before answering a question, so there is no score for this interview.";
        }
        var band = total.compareTo(BigDecimal.valueOf(85)) >= 0
                ? "An excellent interview: precise, deep and clearly explained."
                : total.compareTo(BigDecimal.valueOf(70)) >= 0
                        ? "A solid interview. A little more depth and precision would make it excellent."
                        : total.compareTo(BigDecimal.valueOf(50)) >= 0
                                ? "A fair start. Focus on covering the core concepts completely before adding detail."
                                : needsPractice(perTopic, plan);
        var counts = new StringBuilder(" Scored " + QuestionScores.shown(total) + " out of 100 on " + plan.count()
                + (plan.count() == 1 ? " question" : " questions") + ": " + answered + " answered");
        if (skipped > 0) {
            counts.append(", ").append(skipped).append(" skipped (counted as 0)");
        }
        if (unscored > 0) {
            counts.append(", ").append(unscored).append(" not evaluated (left out)");
        }
        return band + counts + ".";
    }

    private static String needsPractice(Map<String, BigDecimal> perTopic, DrawnQuestions plan) {
        long topics = plan.questions().stream()
                .map(DrawnQuestions.Question::topic)
                .distinct()
                .count();
        if (topics <= 1 || perTopic.isEmpty()) {
            return "This topic needs more practice. Review the fundamentals, then try again.";
        }
        var weakest = perTopic.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
        return "These topics need more practice; start with " + weakest + ", then try again.";
    }

    /** Strengths and improvements that do not contradict each other. */
    public record Advice(List<String> strengths, List<String> improvements) {

        static final int LIMIT = 5;

        /**
         * Different answers earn opposite remarks ("Weighed trade-offs" for one, "Discuss trade-offs" for another).
         * Listing both would contradict itself, so the remark made about more answers wins; on a tie the improvement
         * stays, since it is the one that tells the candidate what to do.
         */
        public static Advice consistent(Map<String, Long> strengths, Map<String, Long> improvements) {
            var keptStrengths = new ArrayList<String>();
            strengths.forEach((strength, count) -> {
                boolean outweighed = improvements.entrySet().stream()
                        .anyMatch(i -> AdviceThemes.overlap(strength, i.getKey()) && i.getValue() >= count);
                if (!outweighed) {
                    keptStrengths.add(strength);
                }
            });
            var keptImprovements = new ArrayList<String>();
            improvements.forEach((improvement, count) -> {
                boolean outweighed = strengths.entrySet().stream()
                        .anyMatch(s -> AdviceThemes.overlap(s.getKey(), improvement) && s.getValue() > count);
                if (!outweighed) {
                    keptImprovements.add(improvement);
                }
            });
            return new Advice(mostFrequent(keptStrengths, strengths), mostFrequent(keptImprovements, improvements));
        }

        private static List<String> mostFrequent(List<String> kept, Map<String, Long> counts) {
            return kept.stream()
                    .sorted((a, b) -> Long.compare(counts.get(b), counts.get(a)))
                    .limit(LIMIT)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
