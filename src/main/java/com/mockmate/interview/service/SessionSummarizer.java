package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlan;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.scoring.Evaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The end-of-interview summary: total = mean of the evaluated turns' totals; strengths and weaknesses are the points
 * the evaluator repeated most; per-topic means show where to practise.
 */
final class SessionSummarizer {

    private SessionSummarizer() {}

    record Summary(@Nullable BigDecimal total, Map<String, Object> content) {}

    static Summary summarize(InterviewPlan plan, List<InterviewTurn> turns, Map<UUID, TurnScore> scores) {
        var evaluated = turns.stream()
                .filter(t -> t.getStatus() == TurnStatus.EVALUATED && scores.containsKey(t.getId()))
                .toList();
        var total = mean(evaluated.stream()
                .map(t -> scores.get(t.getId()).toCard().total())
                .toList());
        var content = new LinkedHashMap<String, Object>();
        content.put("overallFeedback", overallFeedback(total, evaluated.size(), plan.count()));
        content.put("strengths", mostMentioned(evaluated, Evaluation::strengths));
        content.put("weaknesses", mostMentioned(evaluated, Evaluation::improvements));
        content.put("perTopic", perTopic(plan, evaluated, scores));
        content.put(
                "answeredQuestions",
                evaluated.stream()
                        .map(InterviewTurn::getQuestionPosition)
                        .distinct()
                        .count());
        content.put("questionCount", plan.count());
        DeliverySummary.of(evaluated).ifPresent(delivery -> content.put("delivery", delivery));
        return new Summary(total, content);
    }

    private static Map<String, BigDecimal> perTopic(
            InterviewPlan plan, List<InterviewTurn> evaluated, Map<UUID, TurnScore> scores) {
        var byTopic = evaluated.stream()
                .collect(Collectors.groupingBy(
                        t -> plan.question(t.getQuestionPosition()).topic(),
                        LinkedHashMap::new,
                        Collectors.mapping(t -> scores.get(t.getId()).toCard().total(), Collectors.toList())));
        var result = new LinkedHashMap<String, BigDecimal>();
        byTopic.forEach((topic, totals) -> result.put(topic, mean(totals)));
        return result;
    }

    private static List<String> mostMentioned(List<InterviewTurn> turns, Function<Evaluation, List<String>> field) {
        return turns.stream()
                .map(turn -> turn.getOutcome().getEvaluation())
                .filter(Objects::nonNull)
                .flatMap(e -> field.apply(e).stream())
                .map(SessionSummarizer::withoutCounts)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** "Explain more (2 of 5)." and "Explain more (1 of 4)." are the same advice; count it once. */
    private static String withoutCounts(String point) {
        return point.replaceAll("\\s*\\(\\d+ of \\d+\\)", "");
    }

    private static String overallFeedback(@Nullable BigDecimal total, int evaluatedTurns, int questionCount) {
        if (total == null) {
            return "No answer could be evaluated, so there is no score for this interview.";
        }
        var band = total.compareTo(BigDecimal.valueOf(85)) >= 0
                ? "An excellent interview: precise, deep and clearly explained."
                : total.compareTo(BigDecimal.valueOf(70)) >= 0
                        ? "A solid interview. A little more depth and precision would make it excellent."
                        : total.compareTo(BigDecimal.valueOf(50)) >= 0
                                ? "A fair start. Focus on covering the core concepts completely before adding detail."
                                : "This topic needs more practice. Review the fundamentals, then try again.";
        return band + " Scored " + total + " over " + evaluatedTurns + " evaluated answers to " + questionCount
                + " questions.";
    }

    private static @Nullable BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
