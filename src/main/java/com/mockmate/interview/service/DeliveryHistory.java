package com.mockmate.interview.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a candidate's spoken answers were delivered, per completed interview: one aggregated row per interview with at
 * least one spoken answer, read for the profile's delivery trends. Practice sessions stay out, as in
 * {@link ScoreHistory}.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryHistory {

    private static final String PER_SESSION = """
            SELECT s.id AS session_id, s.completed_at, count(*) AS answers,
                   sum(CAST(t.delivery ->> 'durationSeconds' AS double precision)) AS seconds,
                   sum(CAST(t.delivery ->> 'wordsPerMinute' AS double precision)
                       * CAST(t.delivery ->> 'durationSeconds' AS double precision)) / 60 AS words,
                   sum(CAST(t.delivery ->> 'fillerWordCount' AS integer)) AS fillers
            FROM interview_turns t
            JOIN interview_sessions s ON s.id = t.session_id
            WHERE s.user_id = :user AND s.status = 'COMPLETED' AND s.practice_of IS NULL
              AND t.delivery IS NOT NULL AND CAST(t.delivery ->> 'durationSeconds' AS double precision) > 0
            GROUP BY s.id, s.completed_at
            ORDER BY s.completed_at, s.id
            """;

    private final JdbcClient jdbc;

    DeliveryHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<SessionDelivery> perSession(UUID userId) {
        return jdbc.sql(PER_SESSION)
                .param("user", userId)
                .query((rs, row) -> new SessionDelivery(
                        rs.getObject("session_id", UUID.class),
                        rs.getTimestamp("completed_at").toInstant(),
                        rs.getInt("answers"),
                        rs.getDouble("seconds"),
                        rs.getDouble("words"),
                        rs.getInt("fillers")))
                .list();
    }

    /**
     * The spoken answers of one interview together.
     *
     * @param seconds speaking time over all of them
     * @param words words spoken (each answer's pace times its duration)
     */
    public record SessionDelivery(
            UUID sessionId, Instant completedAt, int spokenAnswers, double seconds, double words, int fillers) {

        public double wordsPerMinute() {
            return words * 60 / seconds;
        }

        public double fillersPerMinute() {
            return fillers * 60 / seconds;
        }
    }
}
