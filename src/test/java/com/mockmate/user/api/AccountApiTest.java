package com.mockmate.user.api;

import static com.mockmate.support.Accounts.refresh;
import static com.mockmate.support.Problems.assertProblem;
import static com.mockmate.support.Problems.detail;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AccountApiTest {

    private static final String NEW_PASSWORD = "Green-Harbour-77-stone";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Account jane;
    Accounts.Tokens tokens;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
        tokens = Accounts.login(api, jane);
    }

    private ApiClient.Response patchMe(Map<String, Object> changes) {
        return api.patch("/api/v1/users/me", changes, tokens.accessToken());
    }

    private ApiClient.Response login(String password) {
        return api.post("/api/v1/auth/login", Map.of("username", "jane.doe", "password", password), null);
    }

    private String passwordHash() {
        return jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, jane.id());
    }

    @Test
    void shows_the_callers_own_account_without_secrets() {
        var response = api.get("/api/v1/users/me", tokens.accessToken());

        assertThat(response.status()).isEqualTo(200);
        var me = response.json();
        assertThat(me.get("id").asString()).isEqualTo(jane.id().toString());
        assertThat(me.get("username").asString()).isEqualTo("jane.doe");
        assertThat(me.get("email").asString()).isEqualTo(jane.email());
        assertThat(me.get("fullName").asString()).isEqualTo("Test jane.doe");
        assertThat(me.get("role").asString()).isEqualTo("USER");
        assertThat(me.get("createdAt").asString()).isNotBlank();
        assertThat(response.body()).doesNotContainIgnoringCase("password");
    }

    @Test
    void requires_a_token() {
        var response = api.get("/api/v1/users/me", null);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void changes_name_and_email() {
        var response = patchMe(
                Map.of("fullName", "Jane Q. Doe", "email", "jane.q@example.com", "currentPassword", jane.password()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("fullName").asString()).isEqualTo("Jane Q. Doe");
        var me = api.get("/api/v1/users/me", tokens.accessToken()).json();
        assertThat(me.get("fullName").asString()).isEqualTo("Jane Q. Doe");
        assertThat(me.get("email").asString()).isEqualTo("jane.q@example.com");
        assertThat(AuditLogs.rows(jdbc, "PROFILE_UPDATED")).hasSize(1);
    }

    @Test
    void keeps_fields_that_are_left_out() {
        patchMe(Map.of("fullName", "Jane Q. Doe"));

        var me = api.get("/api/v1/users/me", tokens.accessToken()).json();

        assertThat(me.get("email").asString()).isEqualTo(jane.email());
    }

    @Test
    void rejects_an_email_of_another_account_with_409() {
        var bob = Accounts.register(api, "bob");

        var response = patchMe(Map.of("email", bob.email().toUpperCase(), "currentPassword", jane.password()));

        assertProblem(response, 409);
        assertThat(api.get("/api/v1/users/me", tokens.accessToken())
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(jane.email());
    }

    @Test
    void rejects_an_invalid_email_with_a_field_error() {
        var response = patchMe(Map.of("email", "not-an-email"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").values())
                .extracting(error -> error.get("field").asString())
                .containsExactly("email");
    }

    @Test
    void rejects_a_password_change_without_the_correct_current_password() {
        var hashBefore = passwordHash();

        var wrong = patchMe(Map.of("currentPassword", "Not-The-Right-One-42", "newPassword", NEW_PASSWORD));
        var missing = patchMe(Map.of("newPassword", NEW_PASSWORD));

        assertProblem(wrong, 400);
        assertThat(detail(wrong)).containsIgnoringCase("current password");
        assertProblem(missing, 400);
        assertThat(passwordHash()).isEqualTo(hashBefore);
        assertThat(login(jane.password()).status()).isEqualTo(200);
    }

    @Test
    void applies_the_password_policy_to_a_new_password() {
        var hashBefore = passwordHash();

        var tooShort = patchMe(Map.of("currentPassword", jane.password(), "newPassword", "Sh0rt-pass!"));
        var common = patchMe(Map.of("currentPassword", jane.password(), "newPassword", "password1234"));
        var withUsername = patchMe(Map.of("currentPassword", jane.password(), "newPassword", "my-jane.doe-2026!"));

        assertProblem(tooShort, 400);
        assertThat(tooShort.json().get("errors").values())
                .extracting(error -> error.get("field").asString())
                .containsExactly("newPassword");
        assertProblem(common, 400);
        assertThat(detail(common)).containsIgnoringCase("too common");
        assertProblem(withUsername, 400);
        assertThat(passwordHash()).isEqualTo(hashBefore);
    }

    @Test
    void a_password_change_revokes_old_refresh_tokens_and_only_the_new_password_logs_in() {
        var otherDevice = Accounts.login(api, jane);

        var response = patchMe(Map.of("currentPassword", jane.password(), "newPassword", NEW_PASSWORD));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertProblem(refresh(api, tokens.refreshToken()), 401);
        assertProblem(refresh(api, otherDevice.refreshToken()), 401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL",
                        Long.class,
                        jane.id()))
                .isZero();
        assertProblem(login(jane.password()), 401);
        assertThat(login(NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(AuditLogs.rows(jdbc, "PASSWORD_CHANGED")).hasSize(1);
    }

    @Test
    void a_new_email_needs_the_current_password() {
        var missing = patchMe(Map.of("email", "jane.q@example.com"));
        var wrong = patchMe(Map.of("email", "jane.q@example.com", "currentPassword", "Not-The-Right-One-42"));

        assertProblem(missing, 400);
        assertThat(detail(missing)).containsIgnoringCase("current password");
        assertProblem(wrong, 400);
        assertThat(detail(wrong)).containsIgnoringCase("current password");
        assertThat(api.get("/api/v1/users/me", tokens.accessToken())
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo(jane.email());
    }

    @Test
    void the_same_email_in_another_letter_case_or_a_name_change_needs_no_password() {
        var response =
                patchMe(Map.of("fullName", "Jane Q. Doe", "email", jane.email().toUpperCase()));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void throttles_wrong_current_passwords_per_user_and_audits_them() {
        for (int i = 1; i <= 3; i++) {
            assertProblem(
                    patchMe(Map.of("currentPassword", "Not-The-Right-One-4" + i, "newPassword", NEW_PASSWORD)), 400);
        }
        for (int i = 4; i <= 5; i++) {
            assertProblem(patchMe(Map.of("currentPassword", "Not-The-Right-One-4" + i, "email", "x@example.com")), 400);
        }

        var sixth = patchMe(Map.of("currentPassword", jane.password(), "newPassword", NEW_PASSWORD));

        assertProblem(sixth, 429);
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(login(jane.password()).status()).isEqualTo(200);
        assertThat(AuditLogs.rows(jdbc, "CURRENT_PASSWORD_REJECTED"))
                .hasSize(5)
                .allSatisfy(row -> assertThat(row)
                        .containsEntry("actor_id", jane.id())
                        .containsEntry("target_id", jane.id().toString()));
        assertThat(AuditLogs.rows(jdbc, "CURRENT_PASSWORD_THROTTLED")).isNotEmpty();
        assertThat(AuditLogs.rows(jdbc, "PASSWORD_CHANGED")).isEmpty();
    }

    @Test
    void the_right_current_password_clears_earlier_mistakes() {
        for (int i = 1; i <= 4; i++) {
            assertProblem(patchMe(Map.of("currentPassword", "Not-The-Right-One-4" + i, "email", "x@example.com")), 400);
        }
        assertThat(patchMe(Map.of("currentPassword", jane.password(), "email", "jane.q@example.com"))
                        .status())
                .isEqualTo(200);

        for (int i = 1; i <= 4; i++) {
            assertProblem(patchMe(Map.of("currentPassword", "Not-The-Right-One-4" + i, "email", "y@example.com")), 400);
        }
        assertThat(patchMe(Map.of("currentPassword", jane.password(), "newPassword", NEW_PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_new_password_over_72_bytes_is_a_bad_request_not_a_server_error() {
        var hashBefore = passwordHash();
        var eightyBytes = "Green-Harbour-77-stone-" + "\u00e9".repeat(28) + "k";

        var response = patchMe(Map.of("currentPassword", jane.password(), "newPassword", eightyBytes));

        assertProblem(response, 400);
        assertThat(response.body()).contains("72 bytes");
        assertThat(passwordHash()).isEqualTo(hashBefore);
    }
}
