package com.mockmate.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row count and a hash over the rows of every application table, to tell whether a rejected request changed anything.
 * Left out: Liquibase's and JobRunr's bookkeeping, and the audit log, which records refused logins and the like on
 * purpose.
 */
final class DatabaseSnapshot {

    private static final long SETTLE_MILLIS = 30_000;

    private final JdbcTemplate jdbc;
    private final String query;
    /** Turns left open for good (their background work failed before a fallback job, which tests do not run). */
    private long stuckTurns;

    DatabaseSnapshot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        var tables = jdbc
                .queryForList(
                        "select table_name from information_schema.tables where table_schema = 'public'"
                                + " and table_type = 'BASE TABLE' order by table_name",
                        String.class)
                .stream()
                .filter(table -> !table.startsWith("databasechangelog") && !table.startsWith("jobrunr_"))
                .filter(table -> !table.equals("audit_logs"))
                .toList();
        this.query = tables.stream()
                .map(table -> "select '" + table + "' as name, count(*) || '/' || coalesce(sum(hashtext(t::text)), 0)"
                        + " as state from " + table + " t")
                .collect(Collectors.joining(" union all "));
    }

    Map<String, String> take() {
        var state = new LinkedHashMap<String, String>();
        jdbc.query(query, row -> {
            state.put(row.getString("name"), row.getString("state"));
        });
        return state;
    }

    /**
     * After an accepted request: waits for the work it started in the background (transcribing, evaluating) to end, so
     * that its writes are not blamed on the next, rejected request.
     */
    Map<String, String> settled() throws InterruptedException {
        var deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        var previous = take();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            var current = take();
            if (current.equals(previous) && openTurns() <= stuckTurns) {
                return current;
            }
            previous = current;
        }
        stuckTurns = openTurns();
        return previous;
    }

    private long openTurns() {
        Long open = jdbc.queryForObject(
                "select count(*) from interview_turns where status in ('TRANSCRIBING', 'PENDING')", Long.class);
        return open == null ? 0 : open;
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        return List.copyOf(after.keySet()).stream()
                .filter(table -> !after.get(table).equals(before.get(table)))
                .map(table -> table + " " + before.get(table) + " -> " + after.get(table))
                .collect(Collectors.joining(", "));
    }
}
