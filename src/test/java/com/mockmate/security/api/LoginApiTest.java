package com.mockmate.security.api;

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
class LoginApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Account jane;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
        jdbc.update("TRUNCATE audit_logs");
    }

    private ApiClient.Response login(String username, String password) {
        return api.post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
    }

    @Test
    void answers_200_with_a_bearer_token_pair_that_expires_in_900_seconds() {
        var response = login("jane.doe", jane.password());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var json = response.json();
        assertThat(json.get("accessToken").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(json.get("refreshToken").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(json.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(json.get("expiresIn").asLong()).isEqualTo(900);
        var me = api.get("/api/v1/users/me", json.get("accessToken").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("jane.doe");
    }

    @Test
    void accepts_the_username_in_another_letter_case() {
        assertThat(login("JANE.DOE", jane.password()).status()).isEqualTo(200);
    }

    @Test
    void rejects_a_wrong_password_with_401_problem() {
        var response = login("jane.doe", "Not-The-Right-One-42");

        assertProblem(response, 401);
        assertThat(detail(response)).isEqualTo("Invalid username or password.");
        assertThat(response.body()).doesNotContain("accessToken");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_tokens", Long.class))
                .isZero();
    }

    @Test
    void answers_an_unknown_user_exactly_like_a_wrong_password() {
        var wrongPassword = login("jane.doe", "Not-The-Right-One-42");
        var unknownUser = login("nobody.here", "Not-The-Right-One-42");

        assertProblem(unknownUser, 401);
        assertThat(unknownUser.status()).isEqualTo(wrongPassword.status());
        assertThat(unknownUser.contentType()).isEqualTo(wrongPassword.contentType());
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    void audits_an_unknown_user_exactly_like_a_wrong_password() {
        login("jane.doe", "Not-The-Right-One-42");
        login("nobody.here", "Not-The-Right-One-42");

        var failures = AuditLogs.rows(jdbc, "LOGIN_FAILED");

        assertThat(failures).hasSize(2);
        assertThat(failures).allSatisfy(row -> {
            assertThat(row.get("actor_id")).isNull();
            assertThat(row).containsEntry("target_type", "USERNAME");
            assertThat((String) row.get("details")).contains("bad credentials");
        });
        assertThat(failures).extracting(row -> row.get("target_id")).containsExactly("jane.doe", "nobody.here");
    }

    @Test
    void audits_a_successful_login() {
        login("jane.doe", jane.password());

        var rows = AuditLogs.rows(jdbc, "LOGIN_SUCCEEDED");

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst())
                .containsEntry("actor_id", jane.id())
                .containsEntry("target_type", "USER")
                .containsEntry("target_id", jane.id().toString());
        assertThat(rows.getFirst().get("ip")).isNotNull();
        assertThat(AuditLogs.rows(jdbc, "LOGIN_FAILED")).isEmpty();
    }

    @Test
    void audits_a_failed_login_with_the_attempted_username() {
        login("jane.doe", "Not-The-Right-One-42");

        var rows = AuditLogs.rows(jdbc, "LOGIN_FAILED");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("target_id", "jane.doe"));
        assertThat(AuditLogs.rows(jdbc, "LOGIN_SUCCEEDED")).isEmpty();
    }

    @Test
    void rejects_a_login_without_a_password_with_a_field_error() {
        var response = api.post("/api/v1/auth/login", Map.of("username", "jane.doe"), null);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").values())
                .extracting(error -> error.get("field").asString())
                .containsExactly("password");
    }

    @Test
    void compatibility_spellings_of_the_username_reach_the_same_account_and_are_audited_once_normalised() {
        var fullwidth = "\uFF2A\uFF41\uFF4E\uFF45.doe";

        assertThat(login(fullwidth, jane.password()).status()).isEqualTo(200);
        login(fullwidth, "Not-The-Right-One-42");

        assertThat(AuditLogs.rows(jdbc, "LOGIN_FAILED"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("target_id", "jane.doe"));
    }

    @Test
    void the_kelvin_sign_spells_a_k() {
        var kate = Accounts.register(api, "kate");

        assertThat(login("\u212Aate", kate.password()).status()).isEqualTo(200);
    }

    @Test
    void an_absurdly_long_unknown_username_is_refused_and_audited_shortened() {
        var username = "x".repeat(150);

        var response = login(username, "Not-The-Right-One-42");

        assertProblem(response, 401);
        assertThat(detail(response)).isEqualTo("Invalid username or password.");
        var row = AuditLogs.rows(jdbc, "LOGIN_FAILED");
        assertThat(row)
                .singleElement()
                .satisfies(r -> assertThat((String) r.get("target_id"))
                        .startsWith("xxxxxxxx")
                        .hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_not_cut_to_its_first_72_bytes() {
        var seventyTwo = "Quiet-Meadow-Lantern-57-" + "k".repeat(48);
        assertThat(seventyTwo).hasSize(72);
        var max = Accounts.registerWithPassword(api, "max.long", seventyTwo);

        assertThat(login("max.long", seventyTwo).status()).isEqualTo(200);
        assertProblem(login("max.long", seventyTwo + "anything"), 401);
        assertThat(max.password()).isEqualTo(seventyTwo);
    }
}
