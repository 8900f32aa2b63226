package com.mockmate.interview.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Staff mark an answer reviewed once they have dealt with it; reviewed answers leave the default list.
 */
@Service
public class FlaggedAnswers {

    private static final String FROM = """
            FROM interview_turns t
            JOIN interview_sessions s ON s.id = t.session_id
            JOIN assessments a ON a.id = s.assessment_id
            LEFT JOIN questions q ON q.id = t.question_id
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN users r ON r.id = t.flag_reviewed_by
            WHERE jsonb_array_length(t.injection_flags) > 0
              AND (CAST(:owner AS uuid) IS NULL OR a.owner_id = CAST(:owner AS uuid))
            """;
    private static final String UNREVIEWED_ONLY = " AND (:reviewed OR t.flag_reviewed_at IS NULL)";
    private static final TypeReference<List<String>> FLAGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    FlaggedAnswers(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The flagged answers the actor may see; reviewed ones only when {@code includeReviewed}. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<FlaggedAnswer> list(AuthenticatedUser actor, boolean includeReviewed, Pageable pageable) {
        var owner = ownerFilter(actor);
        long total = jdbc.sql("SELECT count(*) " + FROM + UNREVIEWED_ONLY)
                .param("owner", owner)
                .param("reviewed", includeReviewed)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("""
                        SELECT t.id, t.session_id, t.created_at, u.username, a.title, t.question_position,
                               COALESCE(t.prompt_text, q.text, '') AS question_text, t.answer_text,
                               CAST(t.injection_flags AS text) AS flags, t.interviewer_text,
                               t.flag_reviewed_at, r.username AS reviewer
                        """ + FROM + UNREVIEWED_ONLY + " ORDER BY t.created_at DESC LIMIT :limit OFFSET :offset")
                .param("owner", owner)
                .param("reviewed", includeReviewed)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(this::row)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * Records that the actor reviewed a flagged answer. Reviewing it again changes nothing (the first review stays); an
     * answer the actor may not see is not found, so its existence is not revealed.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public void markReviewed(AuthenticatedUser actor, UUID turnId) {
        var alreadyReviewed = jdbc.sql("SELECT t.flag_reviewed_at IS NOT NULL " + FROM + " AND t.id = :turn")
                .param("owner", ownerFilter(actor))
                .param("turn", turnId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No flagged answer " + turnId + " on a test you can review."));
        if (alreadyReviewed) {
            return;
        }
        jdbc.sql("UPDATE interview_turns SET flag_reviewed_at = :now, flag_reviewed_by = :actor WHERE id = :turn")
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor.id())
                .param("turn", turnId)
                .update();
        audit.record(actor.id(), AuditAction.FLAGGED_ANSWER_REVIEWED, "interview_turn", turnId, Map.of());
    }

    private static @Nullable String ownerFilter(AuthenticatedUser actor) {
        return actor.role() == Role.ADMIN ? null : actor.id().toString();
    }

    private FlaggedAnswer row(ResultSet rs, int rowNum) throws SQLException {
        var username = rs.getString("username");
        var reviewedAt = rs.getTimestamp("flag_reviewed_at");
        return new FlaggedAnswer(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                username == null ? "(deleted account)" : username,
                rs.getString("title"),
                rs.getInt("question_position"),
                rs.getString("question_text"),
                rs.getString("answer_text") == null ? "" : rs.getString("answer_text"),
                json.readValue(rs.getString("flags"), FLAGS),
                rs.getString("interviewer_text"),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                reviewedAt == null ? null : rs.getString("reviewer"));
    }
}
