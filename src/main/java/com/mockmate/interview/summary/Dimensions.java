package com.mockmate.interview.summary;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The four rubric dimensions across an interview's evaluated answers: mean points and how often each rated well. */
final class Dimensions {

    /** One dimension over all answers, with the concrete next step that improves it. */
    record Dimension(String label, BigDecimal mean, int goodOrBetter, int answers, String nextStep) {

        String shownMean() {
            return QuestionScores.shown(mean);
        }
    }

    static final String GRAMMAR = "grammar";

    private Dimensions() {}

    /** Strongest first; on equal means the rubric's order (technical, depth, communication, grammar) decides. */
    static List<Dimension> ranked(List<SummaryFacts.AnswerFacts> answers) {
        return List.of(
                        of(answers, "technical accuracy", ScoreCard::technical, AnswerEvaluation::technical, """
                                Before answering, list the core facts the question tests (your report's key points) \
                                and check that each one is in your answer."""),
                        of(answers, "depth", ScoreCard::depth, AnswerEvaluation::depth, """
                                Take every answer one level deeper: how it works inside, one trade-off, and a \
                                concrete example from a project."""),
                        of(answers, "communication", ScoreCard::communication, AnswerEvaluation::communication, """
                                Open with a one-sentence direct answer, then give two or three supporting points, then \
                                a one-line conclusion."""),
                        of(answers, GRAMMAR, ScoreCard::grammar, AnswerEvaluation::grammar, """
                                Reread each answer before sending it, fix what the grammar findings mark, and keep \
                                sentences short."""))
                .stream()
                .sorted(Comparator.comparing(Dimension::mean).reversed())
                .toList();
    }

    private static Dimension of(
            List<SummaryFacts.AnswerFacts> answers,
            String label,
            Function<ScoreCard, BigDecimal> points,
            Function<AnswerEvaluation, DimensionRating> rating,
            String nextStep) {
        var sum = answers.stream().map(a -> points.apply(a.scores())).reduce(BigDecimal.ZERO, BigDecimal::add);
        var mean = sum.divide(BigDecimal.valueOf(Math.max(1, answers.size())), 2, RoundingMode.HALF_UP);
        int good = (int) answers.stream()
                .filter(a -> rating.apply(a.evaluation()).rating().points() >= Rating.GOOD.points())
                .count();
        return new Dimension(label, mean, good, answers.size(), nextStep);
    }
}
