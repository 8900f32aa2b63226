package com.mockmate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.support.MigrationDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changeset 011 on a database that holds accounts from before it: names are stored in canonical form, and a name the
 * changeset cannot normalise without guessing stops the upgrade. Each test builds a new database up to the changeset
 * and then runs it once: running it again after deleting its history row is not reliable within one JVM.
 */
class UsernameMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("mockmate_username_migration_test");

    @BeforeEach
    void migrateUpToTheChangeset() throws Exception {
        database.createUpTo("011-normalised-usernames");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void stores_existing_usernames_in_canonical_form() throws Exception {
        insertUser("Jane.Doe", "jane@x.io");
        insertUser("bob", "bob@x.io");

        database.migrate();

        assertThat(usernames()).containsExactlyInAnyOrder("jane.doe", "bob");
    }

    @Test
    void stops_rather_than_guess_the_canonical_form_of_a_name_outside_the_registration_rule() throws Exception {
        insertUser("J\u00e4ne", "jane@x.io");

        assertThatThrownBy(() -> {
                    database.migrate();
                })
                .hasMessageContaining("Rename those accounts");
        assertThat(usernames()).containsExactly("J\u00e4ne");
    }

    private void insertUser(String username, String email) throws SQLException {
        try (var connection = database.connect();
                var statement = connection.prepareStatement("INSERT INTO users (id, username, email, full_name,"
                        + " password_hash, role, created_at, updated_at)"
                        + " VALUES (gen_random_uuid(), ?, ?, 'Someone', 'h', 'USER', now(), now())")) {
            statement.setString(1, username);
            statement.setString(2, email);
            statement.executeUpdate();
        }
    }

    private List<String> usernames() throws SQLException {
        try (var connection = database.connect();
                var rs = connection.createStatement().executeQuery("SELECT username FROM users")) {
            var names = new ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
