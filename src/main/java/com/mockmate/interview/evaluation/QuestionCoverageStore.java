package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.KeyPointsCovered;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The key points each answered question of a completed interview covered and missed, by question position. */
@Repository
public class QuestionCoverageStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    QuestionCoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID sessionId, int questionPosition, UUID questionId, KeyPointsCovered coverage) {
        jdbc.sql("""
                        INSERT INTO question_coverage (session_id, question_position, question_id, covered, missed)
                        VALUES (:session, :position, :question, CAST(:covered AS jsonb), CAST(:missed AS jsonb))
                        ON CONFLICT (session_id, question_position)
                        DO UPDATE SET covered = EXCLUDED.covered, missed = EXCLUDED.missed
                        """)
                .param("session", sessionId)
                .param("position", questionPosition)
                .param("question", questionId)
                .param("covered", JSON.writeValueAsString(coverage.covered()))
                .param("missed", JSON.writeValueAsString(coverage.missed()))
                .update();
    }

    /** Question position to its coverage; empty for an interview completed before coverage was kept. */
    public Map<Integer, KeyPointsCovered> of(UUID sessionId) {
        var result = new HashMap<Integer, KeyPointsCovered>();
        jdbc.sql("SELECT question_position, CAST(covered AS text) AS covered, CAST(missed AS text) AS missed"
                        + " FROM question_coverage WHERE session_id = :session")
                .param("session", sessionId)
                .query(rs -> {
                    result.put(
                            rs.getInt("question_position"),
                            new KeyPointsCovered(strings(rs.getString("covered")), strings(rs.getString("missed"))));
                });
        return result;
    }

    private static List<String> strings(String json) {
        return List.of(JSON.readValue(json, String[].class));
    }
}
