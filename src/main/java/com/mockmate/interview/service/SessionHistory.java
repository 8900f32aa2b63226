package com.mockmate.interview.service;

import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.user.domain.AuthenticatedUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's interview history, filtered, sorted and paged in the database: one query for the page and one for the
 * count, both on the user's index, so that hundreds of interviews list as fast as a few. The title is the one the
 * interview started with (its question snapshot), so a renamed test neither changes old rows nor needs another read.
 */
@Service
@Transactional(readOnly = true)
public class SessionHistory {

    /** The sort properties offered, and the column each sorts by; the id breaks ties so pages never overlap. */
    public static final Map<String, String> SORTABLE = Map.of(
            "startedAt", "s.started_at",
            "totalScore", "s.total_score",
            "status", "s.status",
            "title", "lower(s.questions ->> 'title')");

    private static final String WHERE = """
            FROM interview_sessions s
            WHERE s.user_id = :user
              AND (CAST(:status AS varchar) IS NULL OR s.status = CAST(:status AS varchar))
              AND (CAST(:from AS timestamptz) IS NULL OR s.started_at >= CAST(:from AS timestamptz))
              AND (CAST(:to AS timestamptz) IS NULL OR s.started_at < CAST(:to AS timestamptz))
              AND (CAST(:topic AS uuid) IS NULL OR EXISTS (
                SELECT 1 FROM jsonb_array_elements(s.questions -> 'questions') e
                JOIN questions q ON q.id = CAST(e ->> 'id' AS uuid)
                WHERE q.topic_id = CAST(:topic AS uuid)))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first unless the pageable sorts by one of {@link #SORTABLE}. */
    public Page<SessionListItem> list(AuthenticatedUser actor, HistoryFilter filter, Pageable pageable) {
        var rows = bind(
                        jdbc.sql("""
                                SELECT s.id, s.assessment_id, s.questions ->> 'title' AS title, s.status,
                                       s.llm_provider, s.started_at, s.completed_at, s.total_score, s.practice_of
                                """ + WHERE + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset"),
                        actor,
                        filter)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(SessionHistory::row)
                .list();
        return new PageImpl<>(rows, pageable, count(actor, filter));
    }

    public long count(AuthenticatedUser actor, HistoryFilter filter) {
        return bind(jdbc.sql("SELECT count(*) " + WHERE), actor, filter)
                .query(Long.class)
                .single();
    }

    /** The topics the candidate's interviews drew questions from, by name, for a filter's choices. */
    public Map<UUID, String> topics(AuthenticatedUser actor) {
        return jdbc
                .sql("""
                        SELECT DISTINCT t.id, t.name
                        FROM interview_sessions s
                        CROSS JOIN LATERAL jsonb_array_elements(s.questions -> 'questions') e
                        JOIN questions q ON q.id = CAST(e ->> 'id' AS uuid)
                        JOIN topics t ON t.id = q.topic_id
                        WHERE s.user_id = :user
                        ORDER BY t.name""")
                .param("user", actor.id())
                .query((rs, row) -> new Topic(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Topic::id, Topic::name, (a, b) -> a, LinkedHashMap::new));
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuthenticatedUser actor, HistoryFilter filter) {
        var zone = clock.getZone();
        return sql.param("user", actor.id())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("from", startOf(filter.from(), zone))
                .param("to", startOf(filter.to() == null ? null : filter.to().plusDays(1), zone))
                .param(
                        "topic",
                        filter.topicId() == null ? null : filter.topicId().toString());
    }

    private static @Nullable Timestamp startOf(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    static String orderBy(Sort sort) {
        var order = sort.stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC") + " NULLS LAST")
                .collect(Collectors.joining(", "));
        return " ORDER BY " + (order.isEmpty() ? "s.started_at DESC" : order + ", s.started_at DESC") + ", s.id";
    }

    private static SessionListItem row(ResultSet rs, int row) throws SQLException {
        var completed = rs.getTimestamp("completed_at");
        return new SessionListItem(
                rs.getObject("id", UUID.class),
                rs.getObject("assessment_id", UUID.class),
                rs.getString("title"),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getString("llm_provider"),
                rs.getTimestamp("started_at").toInstant(),
                completed == null ? null : completed.toInstant(),
                rs.getBigDecimal("total_score"),
                rs.getObject("practice_of", UUID.class),
                rs.getObject("practice_of") != null);
    }

    private record Topic(UUID id, String name) {}
}
