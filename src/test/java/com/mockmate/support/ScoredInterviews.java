package com.mockmate.support;

import com.mockmate.interview.domain.QuestionScores;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completed interviews written straight into the database, with chosen scores and dates: progress and history need a
 * past that running interviews cannot produce quickly. Questions come from the seeded catalog; each answered question
 * gets one evaluated turn with its score row, a skipped one none.
 */
public final class ScoredInterviews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public ScoredInterviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A seeded question: the first of its topic in text order, or the {@code index}-th. */
    public Question question(String topic, int index) {
        return jdbc.query(
                        "SELECT q.id, q.text, t.id AS topic_id, t.name, CAST(q.key_points AS text) AS key_points,"
                                + " q.reference_answer"
                                + " FROM questions q JOIN topics t ON t.id = q.topic_id WHERE t.name = ?"
                                + " ORDER BY q.text OFFSET ? LIMIT 1",
                        (rs, row) -> new Question(
                                rs.getObject("id", UUID.class),
                                rs.getString("text"),
                                rs.getObject("topic_id", UUID.class),
                                rs.getString("name"),
                                List.of(JSON.readValue(rs.getString("key_points"), String[].class)),
                                rs.getString("reference_answer")),
                        topic,
                        index)
                .getFirst();
    }

    /** A completed interview at {@code completedAt}; its total is computed as the interview engine does. */
    public UUID completed(UUID userId, Instant completedAt, Answer... answers) {
        var scored = new ArrayList<BigDecimal>();
        int skipped = 0;
        for (var answer : answers) {
            if (answer.scores() == null) {
                skipped++;
            } else {
                scored.add(BigDecimal.valueOf(answer.scores()[0]));
            }
        }
        return insert(userId, "COMPLETED", completedAt, QuestionScores.total(scored, skipped), answers);
    }

    /** An interview still running, started at {@code startedAt}. */
    public UUID inProgress(UUID userId, Instant startedAt, Answer... answers) {
        return insert(userId, "IN_PROGRESS", startedAt, null, answers);
    }

    private UUID insert(UUID userId, String status, Instant at, BigDecimal total, Answer... answers) {
        var sessionId = UUID.randomUUID();
        var drawn = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < answers.length; i++) {
            var q = answers[i].question();
            drawn.add(Map.of(
                    "id", q.id(),
                    "position", i + 1,
                    "text", q.text(),
                    "topic", q.topic(),
                    "difficulty", "MEDIUM",
                    "keyPoints", q.keyPoints(),
                    "referenceAnswer", q.referenceAnswer() == null ? "" : q.referenceAnswer()));
        }
        var snapshot = JSON.writeValueAsString(Map.of("title", "Seeded history", "questions", drawn));
        jdbc.update(
                "INSERT INTO interview_sessions (id, user_id, assessment_id, status, llm_provider, started_at,"
                        + " completed_at, total_score, questions, profile_summary)"
                        + " VALUES (?, ?, (SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'),"
                        + " ?, 'offline', ?, ?, ?, CAST(? AS jsonb), 'A candidate')",
                sessionId,
                userId,
                status,
                Timestamp.from(at.minusSeconds(600)),
                "COMPLETED".equals(status) ? Timestamp.from(at) : null,
                total,
                snapshot);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].scores() != null) {
                turn(sessionId, i + 1, answers[i], at);
            }
        }
        return sessionId;
    }

    private void turn(UUID sessionId, int position, Answer answer, Instant at) {
        var turnId = UUID.randomUUID();
        var s = answer.scores();
        var evaluation = Map.of(
                "technical", Map.of("rating", answer.technicalRating(), "justification", "Seeded."),
                "depth", Map.of("rating", "fair", "justification", "Seeded."),
                "communication", Map.of("rating", "good", "justification", "Seeded."),
                "grammar", Map.of("rating", "good", "justification", "Seeded."),
                "strengths", List.of(),
                "improvements", List.of(),
                "next_action", "NEXT_QUESTION");
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position,"
                        + " client_turn_id, answer_text, status, evaluation, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'EVALUATED', CAST(? AS jsonb), ?, ?)",
                turnId,
                sessionId,
                answer.question().id(),
                position,
                position,
                "seed-" + position,
                answer.text(),
                JSON.writeValueAsString(evaluation),
                Timestamp.from(at),
                Timestamp.from(at));
        if ("COMPLETED"
                .equals(jdbc.queryForObject(
                        "SELECT status FROM interview_sessions WHERE id = ?", String.class, sessionId))) {
            // As measured at completion; a seeded answer misses every key point when rated fair or lower.
            var missed = List.of("excellent", "good").contains(answer.technicalRating())
                    ? List.<String>of()
                    : answer.question().keyPoints();
            var covered = answer.question().keyPoints().stream()
                    .filter(k -> !missed.contains(k))
                    .toList();
            jdbc.update(
                    "INSERT INTO question_coverage (session_id, question_position, question_id, covered, missed)"
                            + " VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))",
                    sessionId,
                    position,
                    answer.question().id(),
                    JSON.writeValueAsString(covered),
                    JSON.writeValueAsString(missed));
        }
        jdbc.update(
                "INSERT INTO scores (id, turn_id, total, technical, depth, communication, grammar, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                turnId,
                s[0],
                s[1],
                s[2],
                s[3],
                s[4],
                Timestamp.from(at));
    }

    public record Question(
            UUID id, String text, UUID topicId, String topic, List<String> keyPoints, String referenceAnswer) {

        /** Answered once with these scores: total, technical, depth, communication, grammar. */
        public Answer answered(String technicalRating, double... scores) {
            return new Answer(this, technicalRating, scores, "A seeded answer.");
        }

        /** Left unanswered when the candidate finished early: it counts as 0. */
        public Answer skipped() {
            return new Answer(this, "none", null, null);
        }
    }

    public record Answer(Question question, String technicalRating, double[] scores, String text) {

        /** The same answer with this text, e.g. a full-length one for a benchmark. */
        public Answer saying(String answerText) {
            return new Answer(question, technicalRating, scores, answerText);
        }
    }
}
