package com.mockmate.security.api;

import static com.mockmate.support.Accounts.PASSWORD;
import static com.mockmate.support.Accounts.registration;
import static com.mockmate.support.Problems.assertProblem;
import static com.mockmate.support.Problems.detail;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RegistrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${mockmate.registration.max-per-hour}")
    int registrationsPerHour;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Response register(Map<String, Object> body) {
        return api.post("/api/v1/auth/register", body, null);
    }

    @Test
    void creates_a_user_account_and_answers_201_with_id_username_and_role() {
        var response = register(registration("jane.doe", PASSWORD, "jane@example.com"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("Location")).endsWith("/api/v1/users/me");
        var json = response.json();
        var id = UUID.fromString(json.get("id").asString());
        assertThat(json.get("username").asString()).isEqualTo("jane.doe");
        assertThat(json.get("role").asString()).isEqualTo("USER");
        assertThat(json.has("password")).isFalse();
        var row = jdbc.queryForMap("SELECT username, email, role, password_hash FROM users WHERE id = ?", id);
        assertThat(row).containsEntry("username", "jane.doe").containsEntry("email", "jane@example.com");
        assertThat(row).containsEntry("role", "USER");
        assertThat((String) row.get("password_hash")).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void ignores_a_role_field_in_the_body_and_still_creates_a_user() {
        var body = new HashMap<>(registration("sneaky", PASSWORD, "sneaky@example.com"));
        body.put("role", "ADMIN");

        var response = register(body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("role").asString()).isEqualTo("USER");
        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE username = 'sneaky'", String.class))
                .isEqualTo("USER");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ab", "a-username-that-is-forty-one-characters-x", "jane doe", "jane@doe", "jäne", "jane/doe"})
    void rejects_a_username_outside_3_to_40_letters_digits_dot_underscore_dash(String username) {
        var response = register(registration(username, PASSWORD, "someone@example.com"));

        assertProblem(response, 400);
        var errors = response.json().get("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.values()).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo("username");
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a-b_c.d-40", "Jane.Doe_99", "a-username-that-is-forty-characters-long"})
    void accepts_usernames_of_3_to_40_allowed_characters(String username) {
        assertThat(username.length()).isBetween(3, 40);

        var response = register(registration(username, PASSWORD, "ok@example.com"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void rejects_a_password_shorter_than_12_characters_with_a_field_error() {
        var response = register(registration("shorty", "Xy7-kq_Lm3!", "shorty@example.com"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").values())
                .extracting(error -> error.get("field").asString())
                .contains("password");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'shorty'", Long.class))
                .isZero();
    }

    @Test
    void rejects_a_common_password() {
        var response = register(registration("common", "password1234", "common@example.com"));

        assertProblem(response, 400);
        assertThat(detail(response)).containsIgnoringCase("too common");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'common'", Long.class))
                .isZero();
    }

    @Test
    void rejects_a_username_taken_in_another_letter_case_with_409() {
        assertThat(register(registration("jane.doe", PASSWORD, "jane@example.com"))
                        .status())
                .isEqualTo(201);

        var response = register(registration("Jane.Doe", PASSWORD, "other@example.com"));

        assertProblem(response, 409);
        assertThat(detail(response)).containsIgnoringCase("username");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE lower(username) = 'jane.doe'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void rejects_an_email_that_another_account_uses_with_409() {
        assertThat(register(registration("first", PASSWORD, "shared@example.com"))
                        .status())
                .isEqualTo(201);

        var response = register(registration("second", PASSWORD, "Shared@Example.com"));

        assertProblem(response, 409);
        assertThat(detail(response)).containsIgnoringCase("email");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'second'", Long.class))
                .isZero();
    }

    @Test
    void writes_a_user_registered_audit_row() {
        var response = register(registration("audited", PASSWORD, "audited@example.com"));
        var id = response.json().get("id").asString();

        var rows = AuditLogs.rows(jdbc, "USER_REGISTERED");

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst())
                .containsEntry("actor_id", UUID.fromString(id))
                .containsEntry("target_type", "USER")
                .containsEntry("target_id", id);
        assertThat((String) rows.getFirst().get("details")).contains("audited");
        assertThat(AuditLogs.actions(jdbc)).isEqualTo(List.of("USER_REGISTERED"));
    }

    @Test
    void stores_the_username_in_its_normalised_form() {
        var response = register(registration("Jane.Doe", PASSWORD, "jane@example.com"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("username").asString()).isEqualTo("jane.doe");
        assertThat(jdbc.queryForList("SELECT username FROM users WHERE email = 'jane@example.com'", String.class))
                .containsExactly("jane.doe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u017Fam.smith", "\uFF33am.smith", "SAM.SMITH"})
    void rejects_a_username_that_normalises_to_a_taken_one_with_409(String lookalike) {
        assertThat(register(registration("sam.smith", PASSWORD, "sam@example.com"))
                        .status())
                .isEqualTo(201);

        var response = register(registration(lookalike, PASSWORD, "other@example.com"));

        assertProblem(response, 409);
        assertThat(detail(response)).containsIgnoringCase("username");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = 'other@example.com'", Long.class))
                .isZero();
    }

    @Test
    void rejects_a_dotless_i_that_would_otherwise_pass_for_an_i() {
        var response = register(registration("\u0131van", PASSWORD, "ivan@example.com"));

        assertProblem(response, 400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = 'ivan@example.com'", Long.class))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 100, 128})
    void rejects_a_password_longer_than_bcrypt_reads_with_400_not_500(int bytes) {
        var password = "Quiet-Meadow-Lantern-57-" + "\u00e9".repeat((bytes - 24) / 2) + "k".repeat((bytes - 24) % 2);
        assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(bytes);

        var response = register(registration("long.secret", password, "long@example.com"));

        assertProblem(response, 400);
        assertThat(response.body()).contains("72 bytes");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'long.secret'", Long.class))
                .isZero();
    }

    @Test
    void rejects_a_long_ascii_password_with_a_field_error() {
        var response =
                register(registration("long.secret", "Quiet-Meadow-Lantern-57-" + "k".repeat(76), "l@example.com"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").values())
                .extracting(error -> error.get("field").asString())
                .contains("password");
    }

    @Test
    void a_nul_in_the_full_name_is_a_bad_request_not_a_conflict() {
        var body = new HashMap<>(registration("nul.name", PASSWORD, "nul@example.com"));
        body.put("fullName", "Jane\u0000Doe");

        var response = register(body);

        assertProblem(response, 400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = 'nul@example.com'", Long.class))
                .isZero();
    }

    @Test
    void refuses_registrations_beyond_the_hourly_limit_per_address_with_429_and_retry_after() {
        assertThat(register(registration("first", PASSWORD, "first@example.com"))
                        .status())
                .isEqualTo(201);
        // Attempts count whatever their outcome; taken names keep this loop cheap (no bcrypt).
        for (int i = 2; i <= registrationsPerHour; i++) {
            assertProblem(register(registration("first", PASSWORD, "first@example.com")), 409);
        }

        var refused = register(registration("second", PASSWORD, "second@example.com"));

        assertProblem(refused, 429);
        var retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(detail(refused)).containsIgnoringCase("try again");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'second'", Long.class))
                .isZero();
        assertThat(AuditLogs.rows(jdbc, "REGISTRATION_THROTTLED")).hasSize(1);
    }
}
