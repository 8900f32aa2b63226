package com.mockmate.support;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the test database back to what start-up seeds: the admin account and the sample catalog stay, everything tests
 * create goes. Redis database 1 (sessions, login windows, live state) is flushed.
 */
public class CleanDatabaseExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        var jdbc = new JdbcTemplate(spring.getBean(DataSource.class));
        truncate(jdbc);
        jdbc.update("DELETE FROM assessments WHERE title <> 'Software Engineer Warm-up'");
        jdbc.update("DELETE FROM questions WHERE topic_id NOT IN (SELECT id FROM topics WHERE name IN"
                + " ('Java', 'SQL & Databases', 'System Design', 'Behavioural'))");
        jdbc.update("DELETE FROM topics WHERE name NOT IN ('Java', 'SQL & Databases', 'System Design', 'Behavioural')");
        // Questions test users added to the seeded topics would otherwise block deleting those users.
        jdbc.update("DELETE FROM questions WHERE owner_id IN (SELECT id FROM users WHERE username <> 'admin')");
        jdbc.update("UPDATE questions SET archived = false");
        jdbc.update("UPDATE assessments SET status = 'PUBLISHED'");
        jdbc.update("DELETE FROM users WHERE username <> 'admin'");
        jdbc.update("UPDATE users SET locked_until = NULL, enabled = true, role = 'ADMIN' WHERE username = 'admin'");
        spring.getBean(StringRedisTemplate.class)
                .execute(
                        connection -> {
                            connection.serverCommands().flushDb();
                            return null;
                        },
                        true);
    }

    /**
     * An evaluation that a previous test started in the background may still hold row locks; TRUNCATE then deadlocks
     * with it, and trying again a moment later succeeds.
     */
    private static void truncate(JdbcTemplate jdbc) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("TRUNCATE refresh_tokens, audit_logs, llm_calls, scores, interview_turns,"
                        + " interview_sessions, session_summaries, resumes, profiles, profile_insights, report_pdfs,"
                        + " share_links, question_coverage");
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
