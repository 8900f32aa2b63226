package com.mockmate.interview.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's scores over time, read for progress charts: per completed interview and topic one row, aggregated in
 * SQL from the turn scores, so that a user with hundreds of interviews costs one query instead of loading their turns.
 * A topic's score in an interview follows {@link com.mockmate.interview.domain.QuestionScores}: the mean of its
 * questions, a skipped question counting as 0 and a question whose every answer failed left out.
 */
@Service
@Transactional(readOnly = true)
public class ScoreHistory {

    /**
     * Every drawn question of the user's completed tests (from the question snapshot, so that skipped ones count; practice
     * sessions stay out of the figures),
     * with the mean scores of its evaluated answers and the topic the catalog files it under.
     */
    private static final String TOPIC_SCORES = """
            WITH done AS (
              SELECT s.id, s.completed_at, s.total_score, s.questions
              FROM interview_sessions s
              WHERE s.user_id = :user AND s.status = 'COMPLETED' AND s.total_score IS NOT NULL AND s.practice_of IS NULL
            ), drawn AS (
              SELECT d.id AS session_id, d.completed_at, d.total_score, CAST(e ->> 'id' AS uuid) AS question_id,
                     e ->> 'topic' AS topic
              FROM done d CROSS JOIN LATERAL jsonb_array_elements(d.questions -> 'questions') e
            ), answered AS (
              SELECT t.session_id, t.question_id, count(sc.id) AS scored,
                     round(avg(sc.total), 2) AS total, round(avg(sc.technical), 2) AS technical,
                     round(avg(sc.depth), 2) AS depth, round(avg(sc.communication), 2) AS communication,
                     round(avg(sc.grammar), 2) AS grammar
              FROM interview_turns t LEFT JOIN scores sc ON sc.turn_id = t.id
              WHERE t.session_id IN (SELECT id FROM done)
              GROUP BY t.session_id, t.question_id
            )
            SELECT d.session_id, d.completed_at, d.total_score, q.topic_id, COALESCE(tp.name, MIN(d.topic)) AS topic,
                   count(*) AS questions,
                   avg(COALESCE(a.total, 0)) AS total, avg(COALESCE(a.technical, 0)) AS technical,
                   avg(COALESCE(a.depth, 0)) AS depth, avg(COALESCE(a.communication, 0)) AS communication,
                   avg(COALESCE(a.grammar, 0)) AS grammar
            FROM drawn d
            LEFT JOIN answered a ON a.session_id = d.session_id AND a.question_id = d.question_id
            LEFT JOIN questions q ON q.id = d.question_id
            LEFT JOIN topics tp ON tp.id = q.topic_id
            WHERE a.session_id IS NULL OR a.scored > 0
            GROUP BY d.session_id, d.completed_at, d.total_score, q.topic_id, tp.name
            ORDER BY d.completed_at, d.session_id, topic
            """;

    /**
     * The key points each answered question missed, as measured when its interview completed. An interview completed
     * before that measure was kept has no coverage rows: there, every key point of a weakly answered question (best
     * technical rating fair or lower) counts as missed, the estimate used before.
     */
    private static final String MISSED_KEY_POINTS = """
            WITH answered AS (
              SELECT t.session_id, t.question_id, t.question_position,
                     max(CASE t.evaluation -> 'technical' ->> 'rating'
                           WHEN 'excellent' THEN 4 WHEN 'good' THEN 3 WHEN 'fair' THEN 2 WHEN 'poor' THEN 1
                           ELSE 0 END) AS best_rating
              FROM interview_turns t
              JOIN interview_sessions s ON s.id = t.session_id
              WHERE s.user_id = :user AND s.status = 'COMPLETED' AND s.total_score IS NOT NULL AND s.practice_of IS NULL
                AND s.completed_at >= :from AND s.completed_at < :to AND t.status = 'EVALUATED'
              GROUP BY t.session_id, t.question_id, t.question_position
            )
            SELECT kp.point AS key_point, a.question_id, min(e ->> 'text') AS question_text,
                   count(*) AS misses, max(s.completed_at) AS last_missed
            FROM answered a
            JOIN interview_sessions s ON s.id = a.session_id
            LEFT JOIN question_coverage c ON c.session_id = a.session_id AND c.question_position = a.question_position
            CROSS JOIN LATERAL jsonb_array_elements(s.questions -> 'questions') e
            CROSS JOIN LATERAL jsonb_array_elements_text(
              CASE WHEN c.session_id IS NOT NULL THEN c.missed
                   WHEN a.best_rating <= 2 THEN e -> 'keyPoints'
                   ELSE '[]'::jsonb END) kp(point)
            LEFT JOIN questions q ON q.id = a.question_id
            WHERE CAST(e ->> 'position' AS int) = a.question_position
              AND (CAST(:topic AS uuid) IS NULL OR q.topic_id = CAST(:topic AS uuid))
            GROUP BY kp.point, a.question_id
            """;

    private final JdbcClient jdbc;

    ScoreHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every completed interview of the user with a score, per topic it drew questions from, oldest first. */
    public List<TopicScore> topicScores(UUID userId) {
        return jdbc.sql(TOPIC_SCORES)
                .param("user", userId)
                .query(ScoreHistory::topicScore)
                .list();
    }

    /** Key points the user missed in interviews completed in {@code [from, to)}, optionally of one topic. */
    public List<WeakKeyPoint> weakKeyPoints(UUID userId, @Nullable UUID topicId, Instant from, Instant to) {
        return jdbc.sql(MISSED_KEY_POINTS)
                .param("user", userId)
                .param("topic", topicId == null ? null : topicId.toString())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new WeakKeyPoint(
                        rs.getString("key_point"),
                        rs.getObject("question_id", UUID.class),
                        rs.getString("question_text"),
                        rs.getInt("misses"),
                        rs.getTimestamp("last_missed").toInstant()))
                .list();
    }

    private static TopicScore topicScore(ResultSet rs, int row) throws SQLException {
        return new TopicScore(
                rs.getObject("session_id", UUID.class),
                rs.getTimestamp("completed_at").toInstant(),
                rs.getBigDecimal("total_score"),
                rs.getObject("topic_id", UUID.class),
                rs.getString("topic"),
                rs.getInt("questions"),
                new Dimensions(
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("technical"),
                        rs.getBigDecimal("depth"),
                        rs.getBigDecimal("communication"),
                        rs.getBigDecimal("grammar")));
    }

    /** The mean total and rubric dimensions of a set of questions. */
    public record Dimensions(
            BigDecimal total, BigDecimal technical, BigDecimal depth, BigDecimal communication, BigDecimal grammar) {}

    /**
     * One topic of one completed interview.
     *
     * @param sessionTotal the interview's own total, over all its topics
     * @param topicId {@code null} for questions deleted from the catalog since
     * @param questions how many of the interview's questions the topic's means are over
     */
    public record TopicScore(
            UUID sessionId,
            Instant completedAt,
            BigDecimal sessionTotal,
            @Nullable UUID topicId,
            String topic,
            int questions,
            Dimensions scores) {}

    /** A key point the user missed, on which question, how often and when last. */
    public record WeakKeyPoint(String keyPoint, UUID questionId, String questionText, int misses, Instant lastMissed) {}
}
