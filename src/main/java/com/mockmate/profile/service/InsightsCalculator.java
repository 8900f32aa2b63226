package com.mockmate.profile.service;

import com.mockmate.interview.service.DeliveryHistory.SessionDelivery;
import com.mockmate.profile.service.Insights.Delivery;
import com.mockmate.profile.service.Insights.Dimensions;
import com.mockmate.profile.service.Insights.Milestone;
import com.mockmate.profile.service.Insights.TopicInsight;
import com.mockmate.progress.service.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns progress (per-topic means, trends, streak, as the progress feature computes them) and delivery figures into
 * insights. No I/O, so tests check the numbers directly.
 */
final class InsightsCalculator {

    static final int TREND_WINDOW = 5;
    static final BigDecimal HIGH_SCORE = BigDecimal.valueOf(80);
    private static final int[] SESSION_COUNTS = {10, 25, 50, 100};
    private static final int[] STREAKS = {3, 7, 30};

    private final ZoneId zone;

    InsightsCalculator(ZoneId zone) {
        this.zone = zone;
    }

    Insights insights(Progress progress, List<SessionDelivery> deliveries, Instant now) {
        if (progress.completedSessions() == 0) {
            return new Insights(0, now, List.of(), null, null, null, delivery(deliveries), 0, List.of());
        }
        var topics = progress.topics().stream()
                .map(topic -> new TopicInsight(
                        topic.topic(),
                        SkillLevel.of(topic.meanTotal(), topic.sessions()),
                        topic.sessions(),
                        topic.meanTotal(),
                        topic.trend(),
                        topic.lastPractised()))
                .toList();
        var byMean = Comparator.comparing(TopicInsight::mean).thenComparingInt(TopicInsight::sessions);
        var strongest = topics.stream().max(byMean).map(TopicInsight::topic).orElse(null);
        var weakest = topics.size() < 2
                ? null
                : topics.stream().min(byMean).map(TopicInsight::topic).orElse(null);
        return new Insights(
                progress.completedSessions(),
                now,
                topics,
                strongest,
                weakest,
                dimensions(progress.series()),
                delivery(deliveries),
                progress.streak().days(),
                milestones(progress.series()));
    }

    private static Dimensions dimensions(List<Progress.Point> series) {
        Function<Function<Progress.Point, BigDecimal>, BigDecimal> mean = dimension -> series.stream()
                .map(dimension)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(series.size()), 2, RoundingMode.HALF_UP);
        return new Dimensions(
                mean.apply(Progress.Point::technical),
                mean.apply(Progress.Point::depth),
                mean.apply(Progress.Point::communication),
                mean.apply(Progress.Point::grammar));
    }

    /** Means weighted by speaking time, so a long answer counts more than a one-liner. */
    static @Nullable Delivery delivery(List<SessionDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return null;
        }
        double seconds =
                deliveries.stream().mapToDouble(SessionDelivery::seconds).sum();
        double words = deliveries.stream().mapToDouble(SessionDelivery::words).sum();
        int fillers = deliveries.stream().mapToInt(SessionDelivery::fillers).sum();
        return new Delivery(
                deliveries.stream().mapToInt(SessionDelivery::spokenAnswers).sum(),
                round(words * 60 / seconds),
                round(fillers * 60 / seconds),
                slope(deliveries, SessionDelivery::wordsPerMinute),
                slope(deliveries, SessionDelivery::fillersPerMinute));
    }

    /** Least-squares slope of the last {@value #TREND_WINDOW} values against their index. */
    static <T> @Nullable Double slope(List<T> items, ToDoubleFunction<T> value) {
        var window = items.subList(Math.max(0, items.size() - TREND_WINDOW), items.size());
        int n = window.size();
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = window.stream().mapToDouble(value).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (value.applyAsDouble(window.get(x)) - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return round(covariance / variance);
    }

    /** Reached milestones, oldest first. {@code series} is one point per completed interview, oldest first. */
    List<Milestone> milestones(List<Progress.Point> series) {
        var reached = new ArrayList<Milestone>();
        reached.add(new Milestone("first-interview", "First interview completed", day(series.getFirst())));
        for (int count : SESSION_COUNTS) {
            if (series.size() >= count) {
                reached.add(new Milestone(
                        count + "-interviews", count + " interviews completed", day(series.get(count - 1))));
            }
        }
        series.stream()
                .filter(point -> point.total().compareTo(HIGH_SCORE) >= 0)
                .findFirst()
                .ifPresent(point -> reached.add(new Milestone("first-80", "First score of 80 or more", day(point))));
        streakMilestones(series, reached);
        reached.sort(Comparator.comparing(Milestone::achievedOn));
        return reached;
    }

    private void streakMilestones(List<Progress.Point> series, List<Milestone> reached) {
        var days = series.stream().map(this::day).distinct().sorted().toList();
        int run = 0;
        LocalDate previous = null;
        int next = 0;
        for (var day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            previous = day;
            while (next < STREAKS.length && run >= STREAKS[next]) {
                reached.add(new Milestone(
                        STREAKS[next] + "-day-streak", STREAKS[next] + " days in a row with an interview", day));
                next++;
            }
        }
    }

    private LocalDate day(Progress.Point point) {
        return point.completedAt().atZone(zone).toLocalDate();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
