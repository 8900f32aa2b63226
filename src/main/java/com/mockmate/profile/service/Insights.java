package com.mockmate.profile.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What MockMate verified about a candidate from their completed interviews (practice sessions excluded), recomputed
 * after each one. Scores are 0–100.
 *
 * @param sessions completed interviews with a score
 * @param computedAt when it was last recomputed; {@code null} before the first interview
 * @param topics one entry per topic practised, the most recently practised first
 * @param dimensions means of the four rubric dimensions over all interviews; {@code null} without any
 * @param delivery pace and fillers of spoken answers; {@code null} when none was spoken
 */
public record Insights(
        int sessions,
        @Nullable Instant computedAt,
        List<TopicInsight> topics,
        @Nullable String strongestTopic,
        @Nullable String weakestTopic,
        @Nullable Dimensions dimensions,
        @Nullable Delivery delivery,
        int currentStreakDays,
        List<Milestone> milestones)
        implements Serializable {

    public Insights {
        topics = List.copyOf(topics);
        milestones = List.copyOf(milestones);
    }

    public static Insights none() {
        return new Insights(0, null, List.of(), null, null, null, null, 0, List.of());
    }

    /**
     * A topic's verified level and its evidence.
     *
     * @param trend points per interview over the last five (least squares); {@code null} with fewer than two
     */
    public record TopicInsight(
            String topic,
            SkillLevel level,
            int sessions,
            BigDecimal mean,
            @Nullable BigDecimal trend,
            Instant lastPractised)
            implements Serializable {}

    public record Dimensions(BigDecimal technical, BigDecimal depth, BigDecimal communication, BigDecimal grammar)
            implements Serializable {}

    /**
     * Spoken answers' delivery: means over all spoken time, and the trend per interview over the last five with spoken
     * answers ({@code null} with fewer than two).
     */
    public record Delivery(
            int spokenAnswers,
            double wordsPerMinute,
            double fillersPerMinute,
            @Nullable Double paceTrend,
            @Nullable Double fillerTrend)
            implements Serializable {}

    /** Something reached, and when. {@code key} is stable for clients: e.g. {@code first-interview}, {@code 10-interviews},
     * {@code first-80}, {@code 3-day-streak}. */
    public record Milestone(String key, String title, LocalDate achievedOn) implements Serializable {}
}
