package com.mockmate.profile.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored insights, one JSON document per candidate. Written with an upsert, so two insight jobs of one candidate
 * finishing together leave the later computation, not a duplicate-key error.
 */
@Component
class InsightsStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InsightsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Insights> find(UUID userId) {
        return jdbc.sql("SELECT CAST(content AS text) FROM profile_insights WHERE user_id = :user")
                .param("user", userId)
                .query(String.class)
                .optional()
                .map(content -> json.readValue(content, Insights.class));
    }

    void save(UUID userId, Insights insights, UUID sessionId, Instant now) {
        jdbc.sql("""
                        INSERT INTO profile_insights (user_id, content, last_session_id, computed_at)
                        VALUES (:user, CAST(:content AS jsonb), :session, :now)
                        ON CONFLICT (user_id) DO UPDATE SET content = EXCLUDED.content,
                          last_session_id = EXCLUDED.last_session_id, computed_at = EXCLUDED.computed_at
                        """)
                .param("user", userId)
                .param("content", json.writeValueAsString(insights))
                .param("session", sessionId)
                .param("now", Timestamp.from(now))
                .update();
    }
}
