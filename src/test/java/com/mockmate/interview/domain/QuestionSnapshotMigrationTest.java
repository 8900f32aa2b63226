package com.mockmate.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.MigrationDatabase;
import java.sql.SQLException;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changeset 014 on a database with interviews from before it: each session gets the questions its test has, in the
 * test's order and in the shape the interview engine reads, and the candidate summary every new session gets.
 */
class QuestionSnapshotMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("mockmate_question_snapshot_migration_test");

    private final UUID topic = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID assessment = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    @BeforeEach
    void migrateUpToTheChangeset() throws Exception {
        database.createUpTo("014-session-question-snapshot");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void existing_sessions_keep_the_questions_of_their_test_in_its_order() throws Exception {
        var user = UUID.randomUUID();
        execute("INSERT INTO users (id, username, email, full_name, password_hash, role, created_at, updated_at)"
                + " VALUES ('" + user + "', 'jane', 'jane@x.io', 'Jane', 'h', 'USER', now(), now())");
        execute("INSERT INTO topics (id, name, created_at, updated_at) VALUES ('" + topic
                + "', 'Databases', now(), now())");
        execute("INSERT INTO questions (id, topic_id, text, difficulty, key_points, reference_answer,"
                + " time_limit_seconds, created_at, updated_at) VALUES ('" + first
                + "', '" + topic + "', 'What is an index?', 'EASY', '[\"B-tree\", \"faster reads\"]',"
                + " 'An index is a B-tree ...', 120, now(), now())");
        execute("INSERT INTO questions (id, topic_id, text, difficulty, created_at, updated_at) VALUES ('" + second
                + "', '" + topic + "', 'What is MVCC?', 'HARD', now(), now())");
        execute("INSERT INTO assessments (id, title, status, created_at, updated_at) VALUES ('" + assessment
                + "', 'Databases basics', 'PUBLISHED', now(), now())");
        execute("INSERT INTO assessment_questions (assessment_id, question_id, position) VALUES ('" + assessment
                + "', '" + second + "', 0), ('" + assessment + "', '" + first + "', 1)");
        execute("INSERT INTO interview_sessions (id, user_id, assessment_id, status, llm_provider, started_at)"
                + " VALUES ('" + session + "', '" + user + "', '" + assessment + "', 'IN_PROGRESS', 'offline', now())");

        database.migrate();

        var drawn = JsonMapper.builder()
                .build()
                .readValue(query("SELECT questions FROM interview_sessions"), DrawnQuestions.class);
        assertThat(drawn.title()).isEqualTo("Databases basics");
        assertThat(drawn.questions())
                .extracting(
                        DrawnQuestions.Question::id, DrawnQuestions.Question::position, DrawnQuestions.Question::text)
                .containsExactly(Tuple.tuple(second, 1, "What is MVCC?"), Tuple.tuple(first, 2, "What is an index?"));
        var index = drawn.question(2);
        assertThat(index.topic()).isEqualTo("Databases");
        assertThat(index.difficulty()).isEqualTo("EASY");
        assertThat(index.keyPoints()).containsExactly("B-tree", "faster reads");
        assertThat(index.referenceAnswer()).isEqualTo("An index is a B-tree ...");
        assertThat(index.timeLimitSeconds()).isEqualTo(120);
        assertThat(drawn.question(1).referenceAnswer()).isNull();
        assertThat(query("SELECT profile_summary FROM interview_sessions")).startsWith("A candidate practising");
    }

    private void execute(String sql) throws SQLException {
        try (var connection = database.connect();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (var connection = database.connect();
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
