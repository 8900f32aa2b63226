package com.mockmate.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The figures the simulated-candidate suite reports for one evaluator: Spearman's rank correlation between the quality
 * each answer was written to have and the total it got, the share of questions whose strong, partial, vague and
 * no-content answers came out strictly in that order, and the mean total per candidate.
 */
record CalibrationFigures(
        String evaluator,
        int answers,
        int failed,
        double spearman,
        int questionsInOrder,
        int questions,
        Map<ScriptedCandidate, Double> meanTotals,
        double worstNoContent,
        double lowestReference,
        double lowestStrongStory) {

    static CalibrationFigures of(String evaluator, List<GradedAnswer> answers, List<GradedAnswer> references) {
        var graded = answers.stream().filter(GradedAnswer::graded).toList();
        var ranked = graded.stream().filter(a -> a.candidate().ranked()).toList();
        var means = new EnumMap<ScriptedCandidate, Double>(ScriptedCandidate.class);
        for (var candidate : ScriptedCandidate.values()) {
            graded.stream()
                    .filter(a -> a.candidate() == candidate)
                    .mapToDouble(GradedAnswer::total)
                    .average()
                    .ifPresent(mean -> means.put(candidate, mean));
        }
        var questions = answers.stream().map(GradedAnswer::question).distinct().toList();
        int inOrder = (int) questions.stream()
                .filter(question -> strictlyInOrder(question, graded))
                .count();
        return new CalibrationFigures(
                evaluator,
                answers.size(),
                answers.size() - graded.size(),
                spearman(
                        ranked.stream()
                                .mapToDouble(a -> a.candidate().intended())
                                .toArray(),
                        ranked.stream().mapToDouble(GradedAnswer::total).toArray()),
                inOrder,
                questions.size(),
                means,
                graded.stream()
                        .filter(a -> a.candidate().noContent())
                        .mapToDouble(GradedAnswer::total)
                        .max()
                        .orElse(Double.NaN),
                references.stream()
                        .filter(GradedAnswer::graded)
                        .mapToDouble(GradedAnswer::total)
                        .min()
                        .orElse(Double.NaN),
                graded.stream()
                        .filter(a -> a.candidate() == ScriptedCandidate.STRONG
                                && a.question().behavioural())
                        .mapToDouble(GradedAnswer::total)
                        .min()
                        .orElse(Double.NaN));
    }

    /** strong > partial > vague > every no-content answer, each strictly; a question with an ungraded answer fails. */
    static boolean strictlyInOrder(ScriptedQuestion question, List<GradedAnswer> graded) {
        var totals = new EnumMap<ScriptedCandidate, Double>(ScriptedCandidate.class);
        double noContent = Double.NEGATIVE_INFINITY;
        int noContentAnswers = 0;
        for (var answer : graded) {
            if (answer.question() != question) continue;
            totals.put(answer.candidate(), answer.total());
            if (answer.candidate().noContent()) {
                noContent = Math.max(noContent, answer.total());
                noContentAnswers++;
            }
        }
        var strong = totals.get(ScriptedCandidate.STRONG);
        var partial = totals.get(ScriptedCandidate.PARTIAL);
        var vague = totals.get(ScriptedCandidate.VAGUE);
        return strong != null
                && partial != null
                && vague != null
                && noContentAnswers == 4
                && strong > partial
                && partial > vague
                && vague > noContent;
    }

    double shareInOrder() {
        return questions == 0 ? 0 : (double) questionsInOrder / questions;
    }

    /** Spearman's ρ: Pearson's correlation of the ranks, ties given their average rank. */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double[] ranks(double[] values) {
        var order = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .toList();
        var ranks = new double[values.length];
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size() && values[order.get(j + 1)] == values[order.get(i)]) j++;
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order.get(k)] = average;
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) sum += value;
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** The report: the headline figures, then the mean total per candidate. */
    String table() {
        var lines = new ArrayList<String>();
        lines.add("Simulated candidates against " + evaluator + " (" + answers + " answers, " + failed
                + " without a valid reply)");
        lines.add(String.format(
                Locale.ROOT,
                "| Spearman's rho | strictly in order | worst no-content total | lowest reference answer"
                        + " | lowest complete STAR story |%n| %.3f | %d of %d (%.0f %%) | %.2f | %.2f | %.2f |",
                spearman,
                questionsInOrder,
                questions,
                shareInOrder() * 100,
                worstNoContent,
                lowestReference,
                lowestStrongStory));
        var header = new StringBuilder("| candidate |");
        var row = new StringBuilder("| mean total |");
        meanTotals.forEach((candidate, mean) -> {
            header.append(' ').append(candidate.name().toLowerCase(Locale.ROOT)).append(" |");
            row.append(String.format(Locale.ROOT, " %.1f |", mean));
        });
        lines.add(header.toString());
        lines.add(row.toString());
        return String.join(System.lineSeparator(), lines);
    }
}
