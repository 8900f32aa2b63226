package com.mockmate.interview.summary;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SummaryContent.Improvement;
import com.mockmate.interview.summary.SummaryFacts.QuestionFacts;
import com.mockmate.scoring.GrammarFinding;
import com.mockmate.scoring.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The strengths and improvements of the offline summary, each drawn from the evaluations: the rubric ratings, the key
 * points covered and missed, the grammar findings, the delivery figures and the evaluator's own remarks. Candidates
 * are listed most telling first; the summary keeps the first three of each. A strength is only claimed when the
 * evaluations show one, so an interview with nothing rated above "none" gets fewer than three.
 */
final class OfflineAdvice {

    static final int COUNT = 3;
    /** A fair rating's points: below it, a dimension is not called a strength. */
    private static final BigDecimal HELD_UP = BigDecimal.valueOf(Rating.FAIR.points());

    private static final double CLEAN_ISSUES_PER_100_WORDS = 1;
    private static final int CLEAN_MIN_WORDS = 30;

    private final SummaryFacts facts;
    private final List<Dimensions.Dimension> dimensions;
    private final List<QuestionFacts> scored;
    private final SessionSummarizer.Advice remarks;

    OfflineAdvice(SummaryFacts facts) {
        this.facts = facts;
        this.dimensions = Dimensions.ranked(facts.answers());
        this.scored = facts.questions().stream()
                .filter(q -> q.score() != null)
                .sorted(Comparator.comparing(QuestionFacts::score).reversed())
                .toList();
        this.remarks = SessionSummarizer.Advice.consistent(
                mentions(AnswerEvaluation::strengths), mentions(AnswerEvaluation::improvements));
    }

    List<Dimensions.Dimension> dimensions() {
        return dimensions;
    }

    List<String> strengths() {
        if (scored.isEmpty()) {
            return List.of();
        }
        var candidates = new ArrayList<String>();
        var best = dimensions.getFirst();
        if (best.mean().signum() > 0) {
            candidates.add(
                    "Your strongest dimension was %s: %s points on average, rated good or better on %d of %d answers."
                            .formatted(best.label(), best.shownMean(), best.goodOrBetter(), best.answers()));
        }
        coveredKeyPoint().ifPresent(candidates::add);
        remarks.strengths().stream()
                .findFirst()
                .ifPresent(remark -> candidates.add("The interviewer noted: " + sentence(remark)));
        cleanGrammar().ifPresent(candidates::add);
        comfortablePace().ifPresent(candidates::add);
        var top = scored.getFirst();
        if (top.score().signum() > 0) {
            candidates.add("Your best answer was question %d (%s): %s out of 100."
                    .formatted(top.question().position(), top.question().topic(), QuestionScores.shown(top.score())));
        }
        var second = dimensions.get(1);
        if (second.mean().compareTo(HELD_UP) >= 0) {
            candidates.add("%s held up well too: %s points on average."
                    .formatted(capitalised(second.label()), second.shownMean()));
        }
        return candidates.stream().distinct().limit(COUNT).toList();
    }

    List<Improvement> improvements() {
        var candidates = new ArrayList<Improvement>();
        skippedQuestions().ifPresent(candidates::add);
        if (scored.isEmpty()) {
            return candidates;
        }
        missedKeyPoint().ifPresent(candidates::add);
        // With every dimension level, none is the weakest: technical accuracy, the rubric's first, leads.
        boolean level =
                dimensions.getFirst().mean().compareTo(dimensions.getLast().mean()) == 0;
        var weakest = level ? dimensions.getFirst() : dimensions.getLast();
        candidates.add(new Improvement(
                (level
                                ? "%s averaged %s points, rated good or better on %d of %d answers."
                                : "%s was your weakest dimension: %s points on average, rated good or better on %d of %d"
                                        + " answers.")
                        .formatted(
                                capitalised(weakest.label()),
                                weakest.shownMean(),
                                weakest.goodOrBetter(),
                                weakest.answers()),
                weakest.nextStep()));
        DeliveryAdvice.improvement(facts.answers()).ifPresent(candidates::add);
        grammarFinding().ifPresent(candidates::add);
        remarks.improvements().stream()
                .findFirst()
                .ifPresent(remark -> candidates.add(new Improvement(
                        "The interviewer asked for more: " + sentence(remark),
                        "Make it a checklist item for your next practice and tick it off before you send an answer.")));
        var low = scored.getLast();
        candidates.add(new Improvement(
                "Question %d (%s) scored lowest: %s out of 100."
                        .formatted(
                                low.question().position(), low.question().topic(), QuestionScores.shown(low.score())),
                "Read its example answer in your report, then answer it again with Try again."));
        var next = dimensions.get(dimensions.size() - 2);
        candidates.add(new Improvement(
                "%s can grow too: %s points on average.".formatted(capitalised(next.label()), next.shownMean()),
                next.nextStep()));
        return candidates.stream().distinct().limit(COUNT).toList();
    }

    private Optional<String> coveredKeyPoint() {
        int covered = facts.questions().stream()
                .mapToInt(q -> q.keyPoints().covered().size())
                .sum();
        int all = covered
                + facts.questions().stream()
                        .mapToInt(q -> q.keyPoints().missed().size())
                        .sum();
        return scored.stream()
                .filter(q -> !q.keyPoints().covered().isEmpty())
                .findFirst()
                .map(q -> "You covered %d of %d key points, for example \u201c%s\u201d in question %d."
                        .formatted(
                                covered,
                                all,
                                q.keyPoints().covered().getFirst(),
                                q.question().position()));
    }

    private Optional<Improvement> missedKeyPoint() {
        return facts.questions().stream()
                .filter(q -> !q.keyPoints().missed().isEmpty())
                .max(Comparator.comparingInt(q -> q.keyPoints().missed().size()))
                .map(q -> {
                    var point = q.keyPoints().missed().getFirst();
                    int missed = q.keyPoints().missed().size();
                    return new Improvement(
                            "Question %d (%s) missed %d of %d key points, such as \u201c%s\u201d."
                                    .formatted(
                                            q.question().position(),
                                            q.question().topic(),
                                            missed,
                                            missed + q.keyPoints().covered().size(),
                                            point),
                            "Study \u201c%s\u201d, explain it aloud in two or three sentences, then try question %d again."
                                    .formatted(point, q.question().position()));
                });
    }

    private Optional<Improvement> skippedQuestions() {
        int skipped = facts.skipped().size();
        if (skipped == 0) {
            return Optional.empty();
        }
        return Optional.of(new Improvement(
                (skipped == 1 ? "One question was" : skipped + " questions were")
                        + " left unanswered and counted as 0, starting with question "
                        + facts.skipped().getFirst().position() + ".",
                "Answer every question, even briefly: one key point covered scores more than a skip."));
    }

    private Optional<String> cleanGrammar() {
        int words = facts.answers().stream()
                .map(SummaryFacts.AnswerFacts::grammar)
                .filter(Objects::nonNull)
                .mapToInt(g -> g.wordCount())
                .sum();
        int issues = facts.answers().stream()
                .map(SummaryFacts.AnswerFacts::grammar)
                .filter(Objects::nonNull)
                .mapToInt(g -> g.issueCount())
                .sum();
        boolean gradedGrammar = dimensions.stream()
                .anyMatch(d -> d.label().equals(Dimensions.GRAMMAR) && d.mean().signum() > 0);
        if (!gradedGrammar || words < CLEAN_MIN_WORDS || issues * 100.0 / words >= CLEAN_ISSUES_PER_100_WORDS) {
            return Optional.empty();
        }
        return Optional.of("Clean written English: %d grammar %s in %d words."
                .formatted(issues, issues == 1 ? "finding" : "findings", words));
    }

    private Optional<Improvement> grammarFinding() {
        var findings = facts.answers().stream()
                .map(SummaryFacts.AnswerFacts::grammar)
                .filter(Objects::nonNull)
                .flatMap(g -> g.findings().stream())
                .toList();
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        var common = findings.stream()
                .collect(Collectors.groupingBy(GrammarFinding::rule, LinkedHashMap::new, Collectors.toList()))
                .values()
                .stream()
                .max(Comparator.comparingInt(List::size))
                .orElseThrow();
        var example = common.getFirst();
        var fix = example.suggestions().isEmpty()
                ? "Reread your answers before sending them and fix this kind of slip."
                : "Write \u201c%s\u201d instead, and reread your answers for this kind of slip."
                        .formatted(example.suggestions().getFirst());
        return Optional.of(new Improvement(
                "%d grammar %s, %d like \u201c%s\u201d: %s"
                        .formatted(
                                findings.size(),
                                findings.size() == 1 ? "finding" : "findings",
                                common.size(),
                                example.excerpt(),
                                sentence(example.message())),
                fix));
    }

    private Optional<String> comfortablePace() {
        return DeliveryAdvice.comfortable(facts.answers());
    }

    private Map<String, Long> mentions(Function<AnswerEvaluation, List<String>> field) {
        return facts.answers().stream()
                .flatMap(a -> field.apply(a.evaluation()).stream()
                        .map(SessionSummarizer::withoutCounts)
                        .distinct())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    }

    private static String sentence(String text) {
        var trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
