package com.mockmate.interview.service;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers with likely prompt-injection attempts, newest first: an instructor sees those given on the tests they own, an
 * administrator all of them. A read across sessions, users and tests, so it is one SQL query rather than entity loads.
 */
@Service
public class FlaggedAnswers {

    private static final String FROM = """
            FROM interview_turns t
            JOIN interview_sessions s ON s.id = t.session_id
            JOIN assessments a ON a.id = s.assessment_id
            LEFT JOIN users u ON u.id = s.user_id
            WHERE jsonb_array_length(t.injection_flags) > 0
              AND (CAST(:owner AS uuid) IS NULL OR a.owner_id = CAST(:owner AS uuid))
            """;
    private static final TypeReference<List<String>> FLAGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FlaggedAnswers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<FlaggedAnswer> list(AuthenticatedUser actor, Pageable pageable) {
        var owner = actor.role() == Role.ADMIN ? null : actor.id().toString();
        long total = jdbc.sql("SELECT count(*) " + FROM)
                .param("owner", owner)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("""
                        SELECT t.id, t.session_id, t.created_at, u.username, a.title, t.question_position,
                               t.answer_text, CAST(t.injection_flags AS text) AS flags
                        """ + FROM + " ORDER BY t.created_at DESC LIMIT :limit OFFSET :offset")
                .param("owner", owner)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(this::row)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private FlaggedAnswer row(ResultSet rs, int rowNum) throws SQLException {
        var username = rs.getString("username");
        return new FlaggedAnswer(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                username == null ? "(deleted account)" : username,
                rs.getString("title"),
                rs.getInt("question_position"),
                rs.getString("answer_text") == null ? "" : rs.getString("answer_text"),
                json.readValue(rs.getString("flags"), FLAGS));
    }
}
