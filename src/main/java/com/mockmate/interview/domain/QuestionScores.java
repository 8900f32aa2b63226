package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How answers add up to a score, in one place for the summary, the results and the live interview.
 *
 * <p>A question's score is the mean total of its evaluated answers (the first answer and its follow-ups). The
 * interview's total is the mean over its questions, where a question the candidate skipped by finishing early counts
 * as 0: leaving the hard questions out must not raise the total. A question whose every answer failed to be evaluated
 * (a provider error, not the candidate's doing) is left out of the mean instead. With no evaluated answer at all there
 * is no total.
 */
public final class QuestionScores {

    private QuestionScores() {}

    /** The score of one question from the totals of its evaluated answers; {@code null} when none was evaluated. */
    public static @Nullable BigDecimal question(List<BigDecimal> answerTotals) {
        return mean(answerTotals);
    }

    /**
     * The total over a set of questions.
     *
     * @param scored the scores of the questions with at least one evaluated answer
     * @param skipped how many questions were never answered; each counts as 0
     */
    public static @Nullable BigDecimal total(Collection<BigDecimal> scored, int skipped) {
        if (scored.isEmpty()) {
            return null;
        }
        return scored.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scored.size() + (long) skipped), 2, RoundingMode.HALF_UP);
    }

    /** A score as the interface shows it, everywhere: a whole number. */
    public static String shown(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static @Nullable BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
