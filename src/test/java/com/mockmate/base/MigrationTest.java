package com.mockmate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies the whole changelog to a brand-new, empty database and checks the result. */
class MigrationTest {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";
    private static final String DATABASE = "mockmate_migration_test";

    @BeforeAll
    static void createEmptyDatabase() throws SQLException {
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (var admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void changelog_applies_to_an_empty_database_and_is_idempotent() throws Exception {
        migrate();
        migrate();
        try (var connection = connect()) {
            assertThat(tables(connection))
                    .contains(
                            "users",
                            "refresh_tokens",
                            "topics",
                            "questions",
                            "assessments",
                            "assessment_questions",
                            "interview_sessions",
                            "interview_turns",
                            "scores",
                            "profiles",
                            "resumes",
                            "audit_logs");
        }
    }

    @Test
    void constraints_reject_invalid_rows() throws Exception {
        migrate();
        try (var connection = connect()) {
            var statement = connection.createStatement();
            statement.execute("INSERT INTO users (id, username, email, full_name, password_hash, role, created_at,"
                    + " updated_at) VALUES (gen_random_uuid(), 'alice', 'a@x.io', 'A', 'h', 'USER', now(), now())");
            assertThatThrownBy(() -> statement.execute("INSERT INTO users (id, username, email, full_name,"
                            + " password_hash, role, created_at, updated_at) VALUES (gen_random_uuid(), 'alice',"
                            + " 'b@x.io', 'B', 'h', 'USER', now(), now())"))
                    .as("usernames are unique")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("INSERT INTO users (id, username, email, full_name,"
                            + " password_hash, role, created_at, updated_at) VALUES (gen_random_uuid(), 'Carol',"
                            + " 'c@x.io', 'C', 'h', 'USER', now(), now())"))
                    .as("usernames are stored in canonical (lower-case) form only")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("INSERT INTO users (id, username, email, full_name,"
                            + " password_hash, role, created_at, updated_at) VALUES (gen_random_uuid(), 'bob',"
                            + " 'bob@x.io', 'B', 'h', 'ROOT', now(), now())"))
                    .as("only known roles")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static void migrate() throws Exception {
        var connection = connect();
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (var liquibase =
                new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)) {
            liquibase.update();
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection
                .createStatement()
                .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
