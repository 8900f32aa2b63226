package com.mockmate.interview.summary;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.domain.WrittenSummary;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The session summary without a model, deterministic and labelled offline: the overall feedback, three strengths,
 * three improvements with next steps and a next topic, all worked out from the evaluations ({@link OfflineAdvice}). It
 * is the summary when no model is configured, and the stand-in when the model's could not be written.
 */
public final class OfflineSessionSummary {

    public static final WrittenSummary.Author AUTHOR =
            new WrittenSummary.Author("offline", "rubric-summary", "offline-summary-v1");

    /** Below this a topic of the interview is worth practising next rather than a new one. */
    static final BigDecimal PRACTISE_AGAIN_BELOW = BigDecimal.valueOf(70);

    private OfflineSessionSummary() {}

    public static SummaryContent write(SummaryFacts facts) {
        var advice = new OfflineAdvice(facts);
        return new SummaryContent(
                overallFeedback(facts, advice), advice.strengths(), advice.improvements(), nextTopic(facts));
    }

    private static String overallFeedback(SummaryFacts facts, OfflineAdvice advice) {
        var total = facts.total();
        var answered = facts.questions().stream().filter(q -> q.score() != null).count();
        if (total == null || answered == 0) {
            return "No answer could be evaluated, so there is nothing to summarise yet: answer at least one question"
                    + " to get feedback.";
        }
        var text = new StringBuilder(opening(total))
                .append(" You scored ")
                .append(QuestionScores.shown(total))
                .append(" out of 100 with ")
                .append(answered)
                .append(" of ")
                .append(facts.questionCount())
                .append(facts.questionCount() == 1 ? " question" : " questions")
                .append(" answered");
        if (!facts.skipped().isEmpty()) {
            text.append(" (").append(facts.skipped().size()).append(" skipped, counted as 0)");
        }
        var dimensions = advice.dimensions();
        var strongest = dimensions.getFirst();
        var weakest = dimensions.getLast();
        if (strongest.mean().compareTo(weakest.mean()) == 0) {
            text.append(". All four dimensions averaged ")
                    .append(strongest.shownMean())
                    .append(" points.");
        } else {
            text.append(". Your answers were strongest on ")
                    .append(strongest.label())
                    .append(" (")
                    .append(strongest.shownMean())
                    .append(") and weakest on ")
                    .append(weakest.label())
                    .append(" (")
                    .append(weakest.shownMean())
                    .append(").");
        }
        if (facts.perTopic().size() > 1) {
            var best = facts.perTopic().entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow();
            var worst = facts.perTopic().entrySet().stream()
                    .min(Map.Entry.comparingByValue())
                    .orElseThrow();
            text.append(" Best topic: %s (%s); weakest: %s (%s)."
                    .formatted(
                            best.getKey(),
                            QuestionScores.shown(best.getValue()),
                            worst.getKey(),
                            QuestionScores.shown(worst.getValue())));
        }
        return text.toString();
    }

    private static String opening(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(85)) >= 0) {
            return "An excellent interview.";
        }
        if (total.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return "A solid interview.";
        }
        return total.compareTo(BigDecimal.valueOf(50)) >= 0
                ? "A fair start."
                : "This interview shows clearly where to practise.";
    }

    /**
     * The interview's weakest topic while it scores under 70; when every topic went
     * well, the first catalog topic this interview did not touch; the catalog's spelling either way.
     */
    static @Nullable String nextTopic(SummaryFacts facts) {
        var catalog = facts.availableTopics();
        var weakest = facts.perTopic().entrySet().stream()
                .filter(e -> catalog.isEmpty() || catalog.contains(e.getKey()))
                .min(Map.Entry.comparingByValue());
        if (weakest.isPresent() && weakest.get().getValue().compareTo(PRACTISE_AGAIN_BELOW) < 0) {
            return weakest.get().getKey();
        }
        var practised =
                facts.questions().stream().map(q -> q.question().topic()).toList();
        var fresh = catalog.stream().filter(topic -> !practised.contains(topic)).findFirst();
        if (fresh.isPresent()) {
            return fresh.get();
        }
        return weakest.map(Map.Entry::getKey)
                .orElse(facts.questions().isEmpty() && facts.skipped().isEmpty() ? null : firstTopic(facts));
    }

    private static String firstTopic(SummaryFacts facts) {
        return facts.questions().isEmpty()
                ? facts.skipped().getFirst().topic()
                : facts.questions().getFirst().question().topic();
    }
}
