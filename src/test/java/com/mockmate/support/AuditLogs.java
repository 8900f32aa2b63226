package com.mockmate.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the audit trail straight from the {@code audit_logs} table, oldest first. */
public final class AuditLogs {

    private AuditLogs() {}

    public static List<Map<String, Object>> rows(JdbcTemplate jdbc, String action) {
        return jdbc.queryForList(
                "SELECT actor_id, action, target_type, target_id, ip, details::text AS details"
                        + " FROM audit_logs WHERE action = ? ORDER BY created_at",
                action);
    }

    public static List<String> actions(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT action FROM audit_logs ORDER BY created_at", String.class);
    }

    /** The actions recorded about one target (a link, a question...), oldest first. */
    public static List<String> actions(JdbcTemplate jdbc, Object targetId) {
        return jdbc.queryForList(
                "SELECT action FROM audit_logs WHERE target_id = ? ORDER BY created_at",
                String.class,
                targetId.toString());
    }

    public static UUID userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT id FROM users WHERE username = ?", UUID.class, username);
    }
}
