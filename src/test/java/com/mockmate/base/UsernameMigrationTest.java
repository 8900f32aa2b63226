package com.mockmate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changeset 011 on a database that holds accounts from before it: names are stored in canonical form, and a name the
 * changeset cannot normalise without guessing stops the upgrade. Each test builds a new database up to the changeset
 * and then runs it once: running it again after deleting its history row is not reliable within one JVM.
 */
class UsernameMigrationTest {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";
    private static final String DATABASE = "mockmate_username_migration_test";
    private static final String CHANGESET = "011-normalised-usernames";

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
    void stores_existing_usernames_in_canonical_form() throws Exception {
        insertUser("Jane.Doe", "jane@x.io");
        insertUser("bob", "bob@x.io");

        try (var liquibase = liquibase()) {
            liquibase.update();
        }

        assertThat(usernames()).containsExactlyInAnyOrder("jane.doe", "bob");
    }

    @Test
    void stops_rather_than_guess_the_canonical_form_of_a_name_outside_the_registration_rule() throws Exception {
        insertUser("J\u00e4ne", "jane@x.io");

        assertThatThrownBy(() -> {
                    try (var liquibase = liquibase()) {
                        liquibase.update();
                    }
                })
                .hasMessageContaining("Rename those accounts");
        assertThat(usernames()).containsExactly("J\u00e4ne");
    }

    private static Liquibase liquibase() throws Exception {
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connect()));
        return new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static void insertUser(String username, String email) throws SQLException {
        try (var connection = connect();
                var statement = connection.prepareStatement("INSERT INTO users (id, username, email, full_name,"
                        + " password_hash, role, created_at, updated_at)"
                        + " VALUES (gen_random_uuid(), ?, ?, 'Someone', 'h', 'USER', now(), now())")) {
            statement.setString(1, username);
            statement.setString(2, email);
            statement.executeUpdate();
        }
    }

    private static List<String> usernames() throws SQLException {
        try (var connection = connect();
                var rs = connection.createStatement().executeQuery("SELECT username FROM users")) {
            var names = new ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
