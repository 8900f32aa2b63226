package com.mockmate.interview.summary;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.speech.DeliveryMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the candidate spoke across an interview's spoken answers: pace, filler words and long pauses, with advice. Part
 * of the end-of-interview summary; absent when every answer was typed.
 */
final class DeliverySummary {

    static final double FAST_WORDS_PER_MINUTE = 170;
    static final double SLOW_WORDS_PER_MINUTE = 110;
    static final double MANY_FILLERS_PER_MINUTE = 3;

    private DeliverySummary() {}

    static Optional<Map<String, Object>> of(List<InterviewTurn> evaluated) {
        var metrics = evaluated.stream()
                .map(turn -> turn.getSpoken().getDelivery())
                .filter(Objects::nonNull)
                .toList();
        if (metrics.isEmpty()) {
            return Optional.empty();
        }
        double pace = metrics.stream()
                .mapToDouble(DeliveryMetrics::wordsPerMinute)
                .filter(wpm -> wpm > 0)
                .average()
                .orElse(0);
        double minutes =
                metrics.stream().mapToDouble(DeliveryMetrics::durationSeconds).sum() / 60;
        int fillers =
                metrics.stream().mapToInt(DeliveryMetrics::fillerWordCount).sum();
        int pauses = metrics.stream().mapToInt(DeliveryMetrics::longPauses).sum();
        var summary = new LinkedHashMap<String, Object>();
        summary.put("spokenAnswers", metrics.size());
        summary.put("averageWordsPerMinute", Math.round(pace * 10) / 10.0);
        summary.put("fillerWords", fillers);
        summary.put("commonFillers", commonFillers(metrics));
        summary.put("longPauses", pauses);
        summary.put("advice", advice(pace, minutes > 0 ? fillers / minutes : 0, pauses, metrics.size()));
        return Optional.of(summary);
    }

    private static List<String> commonFillers(List<DeliveryMetrics> metrics) {
        return metrics.stream()
                .flatMap(m -> m.fillers().stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<String> advice(double pace, double fillersPerMinute, int pauses, int answers) {
        var advice = new ArrayList<String>();
        if (pace > FAST_WORDS_PER_MINUTE) {
            advice.add("You spoke fast (%.0f words per minute). Slow down a little and pause between points."
                    .formatted(pace));
        } else if (pace > 0 && pace < SLOW_WORDS_PER_MINUTE) {
            advice.add("You spoke slowly (%.0f words per minute). Plan your answer's outline first, then keep going."
                    .formatted(pace));
        } else if (pace > 0) {
            advice.add("A comfortable pace (%.0f words per minute).".formatted(pace));
        }
        if (fillersPerMinute > MANY_FILLERS_PER_MINUTE) {
            advice.add(
                    "Many filler words (%.1f a minute). A short silent pause works better than \"um\" or \"you know\"."
                            .formatted(fillersPerMinute));
        }
        if (pauses > answers) {
            advice.add(
                    "Several long pauses. Thinking time is fine; saying what you are weighing keeps the interviewer with"
                            + " you.");
        }
        return advice;
    }
}
