package com.mockmate.progress.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a candidate is doing: per topic, over time, and where they keep missing points. Scores are 0–100 with two
 * decimals; means over interviews weigh each interview the same.
 *
 * @param completedSessions completed interviews with a score in the chosen range (and topic)
 * @param series one point per completed interview, oldest first: its total and dimension means, or only the chosen
 *     topic's when filtered by topic
 */
public record Progress(
        int completedSessions,
        List<TopicProgress> topics,
        List<Point> series,
        Streak streak,
        List<MissedKeyPoint> mostMissedKeyPoints)
        implements Serializable {

    public Progress {
        topics = List.copyOf(topics);
        series = List.copyOf(series);
        mostMissedKeyPoints = List.copyOf(mostMissedKeyPoints);
    }

    /** Means of the four rubric dimensions. */
    public record Dimensions(BigDecimal technical, BigDecimal depth, BigDecimal communication, BigDecimal grammar)
            implements Serializable {}

    /**
     * @param trend least-squares slope of the topic's score over its last five interviews, in points per interview;
     *     {@code null} with fewer than two
     * @param series the topic's score per interview, oldest first
     */
    public record TopicProgress(
            UUID topicId,
            String topic,
            int sessions,
            BigDecimal meanTotal,
            Dimensions means,
            @Nullable BigDecimal trend,
            BigDecimal bestTotal,
            Instant lastPractised,
            List<TopicPoint> series)
            implements Serializable {

        public TopicProgress {
            series = List.copyOf(series);
        }
    }

    public record TopicPoint(UUID sessionId, Instant completedAt, BigDecimal total) implements Serializable {}

    public record Point(
            UUID sessionId,
            Instant completedAt,
            BigDecimal total,
            BigDecimal technical,
            BigDecimal depth,
            BigDecimal communication,
            BigDecimal grammar)
            implements Serializable {}

    /**
     * Consecutive days with a completed interview, ending today, or yesterday while today has none yet (the streak is
     * not lost before the day is over). Always over all of the candidate's interviews, whatever the filter.
     */
    public record Streak(int days, @Nullable LocalDate lastActive) implements Serializable {}

    /**
     * A key point the candidate missed, with how often: measured on each answered question when its interview completed.
     *
     * @param questions the questions it belongs to, most missed first
     */
    public record MissedKeyPoint(String keyPoint, int misses, Instant lastMissed, List<QuestionRef> questions)
            implements Serializable {

        public MissedKeyPoint {
            questions = List.copyOf(questions);
        }
    }

    public record QuestionRef(UUID questionId, String text) implements Serializable {}
}
