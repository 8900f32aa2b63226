package com.mockmate.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
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

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";
    private static final String DATABASE = "mockmate_question_snapshot_migration_test";
    private static final String CHANGESET = "014-session-question-snapshot";

    private final UUID topic = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID assessment = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    @BeforeEach
    void migrateUpToTheChangeset() throws Exception {
        dropDatabase();
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        try (var liquibase = liquibase()) {
            var changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
            int before = 0;
            while (!changeSets.get(before).getId().equals(CHANGESET)) {
                before++;
            }
            liquibase.update(before, new Contexts(), new LabelExpression());
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
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

        try (var liquibase = liquibase()) {
            liquibase.update();
        }

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

    private static Liquibase liquibase() throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connect()));
        return new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String sql) throws SQLException {
        try (var connection = connect();
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
