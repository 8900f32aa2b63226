package com.mockmate.interview.summary;

import com.mockmate.interview.domain.SummaryContent.Improvement;
import com.mockmate.speech.DeliveryMetrics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the candidate spoke, for the offline summary: the one delivery habit most worth changing (pace, then filler
 * words, then long pauses) with a next step, or a comfortable pace as a strength. The thresholds are the completion
 * summary's ({@link DeliverySummary}), so both say the same.
 */
final class DeliveryAdvice {

    private DeliveryAdvice() {}

    static Optional<Improvement> improvement(List<SummaryFacts.AnswerFacts> answers) {
        var spoken = spoken(answers);
        if (spoken.isEmpty()) {
            return Optional.empty();
        }
        double pace = pace(spoken);
        if (pace > DeliverySummary.FAST_WORDS_PER_MINUTE) {
            return Optional.of(new Improvement(
                    "You spoke fast: %.0f words per minute on average.".formatted(pace),
                    "Answer one question aloud with a timer, aiming for 130 to 160 words per minute, and pause between"
                            + " points."));
        }
        if (pace > 0 && pace < DeliverySummary.SLOW_WORDS_PER_MINUTE) {
            return Optional.of(new Improvement(
                    "You spoke slowly: %.0f words per minute on average.".formatted(pace),
                    "Jot down a three-point outline before you speak, then talk it through without stopping."));
        }
        double minutes =
                spoken.stream().mapToDouble(DeliveryMetrics::durationSeconds).sum() / 60;
        int fillers = spoken.stream().mapToInt(DeliveryMetrics::fillerWordCount).sum();
        if (minutes > 0 && fillers / minutes > DeliverySummary.MANY_FILLERS_PER_MINUTE) {
            var common = spoken.stream()
                    .flatMap(m -> m.fillers().stream())
                    .findFirst()
                    .orElse("um");
            return Optional.of(new Improvement(
                    "%d filler words in %.1f minutes of speaking, such as \u201c%s\u201d."
                            .formatted(fillers, minutes, common),
                    "Record yourself answering one question and replace every \u201c%s\u201d with a short silent pause."
                            .formatted(common)));
        }
        int pauses = spoken.stream().mapToInt(DeliveryMetrics::longPauses).sum();
        if (pauses > spoken.size()) {
            return Optional.of(new Improvement(
                    "%d long pauses in %d spoken answers.".formatted(pauses, spoken.size()),
                    "When you need time to think, say what you are weighing out loud instead of going silent."));
        }
        return Optional.empty();
    }

    static Optional<String> comfortable(List<SummaryFacts.AnswerFacts> answers) {
        var spoken = spoken(answers);
        double pace = pace(spoken);
        if (spoken.isEmpty()
                || pace < DeliverySummary.SLOW_WORDS_PER_MINUTE
                || pace > DeliverySummary.FAST_WORDS_PER_MINUTE) {
            return Optional.empty();
        }
        return Optional.of("A comfortable speaking pace: %.0f words per minute over %d spoken %s."
                .formatted(pace, spoken.size(), spoken.size() == 1 ? "answer" : "answers"));
    }

    private static List<DeliveryMetrics> spoken(List<SummaryFacts.AnswerFacts> answers) {
        return answers.stream()
                .map(SummaryFacts.AnswerFacts::delivery)
                .filter(Objects::nonNull)
                .toList();
    }

    private static double pace(List<DeliveryMetrics> spoken) {
        return spoken.stream()
                .mapToDouble(DeliveryMetrics::wordsPerMinute)
                .filter(wpm -> wpm > 0)
                .average()
                .orElse(0);
    }
}
