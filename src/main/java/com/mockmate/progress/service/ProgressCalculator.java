package com.mockmate.progress.service;

import com.mockmate.interview.service.ScoreHistory.TopicScore;
import com.mockmate.interview.service.ScoreHistory.WeakKeyPoint;
import com.mockmate.progress.service.Progress.Dimensions;
import com.mockmate.progress.service.Progress.MissedKeyPoint;
import com.mockmate.progress.service.Progress.Point;
import com.mockmate.progress.service.Progress.QuestionRef;
import com.mockmate.progress.service.Progress.Streak;
import com.mockmate.progress.service.Progress.TopicPoint;
import com.mockmate.progress.service.Progress.TopicProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The arithmetic of progress, on rows already read: no I/O, so that tests can check every number. */
final class ProgressCalculator {

    static final int TREND_WINDOW = 5;
    static final int MISSED_KEY_POINTS = 5;

    private final ZoneId zone;
    private final LocalDate today;

    ProgressCalculator(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.today = today;
    }

    /** @param rows every completed interview per topic, oldest first, unfiltered (the streak needs them all) */
    Progress progress(List<TopicScore> rows, List<WeakKeyPoint> weak, ProgressFilter filter) {
        var chosen = rows.stream().filter(row -> inRange(row, filter)).toList();
        var bySession = chosen.stream()
                .collect(Collectors.groupingBy(TopicScore::sessionId, LinkedHashMap::new, Collectors.toList()));
        boolean oneTopic = filter.topicId() != null;
        var series = bySession.values().stream()
                .map(sessionRows -> point(sessionRows, oneTopic))
                .toList();
        var byTopic = chosen.stream()
                .filter(row -> row.topicId() != null)
                .collect(Collectors.groupingBy(TopicScore::topicId, LinkedHashMap::new, Collectors.toList()));
        var topics = byTopic.values().stream()
                .map(ProgressCalculator::topic)
                .sorted(Comparator.comparing(TopicProgress::lastPractised).reversed())
                .toList();
        return new Progress(series.size(), topics, series, streak(rows), missed(weak));
    }

    private boolean inRange(TopicScore row, ProgressFilter filter) {
        var day = row.completedAt().atZone(zone).toLocalDate();
        return (filter.topicId() == null || filter.topicId().equals(row.topicId()))
                && (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    /**
     * One interview: its own total over all topics; its dimensions weighted by how many questions each topic had. With
     * a topic filter only that topic's row is left, so the point is the topic's.
     */
    private static Point point(List<TopicScore> sessionRows, boolean oneTopic) {
        var first = sessionRows.getFirst();
        var total = oneTopic ? round(first.scores().total()) : round(first.sessionTotal());
        int questions = sessionRows.stream().mapToInt(TopicScore::questions).sum();
        Function<Function<TopicScore, BigDecimal>, BigDecimal> weighted = dimension -> round(sessionRows.stream()
                .map(row -> dimension.apply(row).multiply(BigDecimal.valueOf(row.questions())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(questions), 6, RoundingMode.HALF_UP));
        return new Point(
                first.sessionId(),
                first.completedAt(),
                total,
                weighted.apply(row -> row.scores().technical()),
                weighted.apply(row -> row.scores().depth()),
                weighted.apply(row -> row.scores().communication()),
                weighted.apply(row -> row.scores().grammar()));
    }

    private static TopicProgress topic(List<TopicScore> topicRows) {
        var last = topicRows.getLast();
        var totals = topicRows.stream().map(row -> row.scores().total()).toList();
        return new TopicProgress(
                Objects.requireNonNull(last.topicId()),
                last.topic(),
                topicRows.size(),
                mean(totals),
                new Dimensions(
                        mean(topicRows.stream()
                                .map(row -> row.scores().technical())
                                .toList()),
                        mean(topicRows.stream().map(row -> row.scores().depth()).toList()),
                        mean(topicRows.stream()
                                .map(row -> row.scores().communication())
                                .toList()),
                        mean(topicRows.stream()
                                .map(row -> row.scores().grammar())
                                .toList())),
                trend(totals),
                round(totals.stream().max(Comparator.naturalOrder()).orElseThrow()),
                last.completedAt(),
                topicRows.stream()
                        .map(row -> new TopicPoint(
                                row.sessionId(),
                                row.completedAt(),
                                round(row.scores().total())))
                        .toList());
    }

    /** Least-squares slope of the last {@value #TREND_WINDOW} values against their index. */
    static @Nullable BigDecimal trend(List<BigDecimal> values) {
        var window = values.subList(Math.max(0, values.size() - TREND_WINDOW), values.size());
        int n = window.size();
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0;
        double meanY =
                window.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (window.get(x).doubleValue() - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return BigDecimal.valueOf(covariance / variance).setScale(2, RoundingMode.HALF_UP);
    }

    Streak streak(List<TopicScore> rows) {
        var days = rows.stream()
                .map(row -> row.completedAt().atZone(zone).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new));
        if (days.isEmpty()) {
            return new Streak(0, null);
        }
        var day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return new Streak(streak, days.last());
    }

    /** Key points grouped case-insensitively; the most missed first, then the most recently missed. */
    static List<MissedKeyPoint> missed(List<WeakKeyPoint> weak) {
        var byPoint = weak.stream()
                .collect(Collectors.groupingBy(
                        w -> w.keyPoint().strip().toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
        var result = new ArrayList<MissedKeyPoint>();
        for (var rows : byPoint.values()) {
            var questions = rows.stream()
                    .sorted(Comparator.comparingInt(WeakKeyPoint::misses).reversed())
                    .map(w -> new QuestionRef(w.questionId(), w.questionText()))
                    .distinct()
                    .toList();
            result.add(new MissedKeyPoint(
                    rows.getFirst().keyPoint().strip(),
                    rows.stream().mapToInt(WeakKeyPoint::misses).sum(),
                    rows.stream()
                            .map(WeakKeyPoint::lastMissed)
                            .max(Comparator.naturalOrder())
                            .orElseThrow(),
                    questions));
        }
        return result.stream()
                .sorted(Comparator.comparingInt(MissedKeyPoint::misses)
                        .reversed()
                        .thenComparing(MissedKeyPoint::lastMissed, Comparator.reverseOrder())
                        .thenComparing(MissedKeyPoint::keyPoint))
                .limit(MISSED_KEY_POINTS)
                .toList();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
