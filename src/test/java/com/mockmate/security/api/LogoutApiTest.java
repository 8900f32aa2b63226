package com.mockmate.security.api;

import static com.mockmate.support.Accounts.refresh;
import static com.mockmate.support.Problems.assertProblem;
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
class LogoutApiTest {

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
    }

    private ApiClient.Response logout(String refreshToken) {
        return api.post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken), null);
    }

    @Test
    void answers_204_and_the_refresh_token_no_longer_works() {
        var tokens = Accounts.login(api, jane);

        var response = logout(tokens.refreshToken());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertProblem(refresh(api, tokens.refreshToken()), 401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL", Long.class))
                .isZero();
    }

    @Test
    void a_logged_out_refresh_token_is_not_reported_as_reuse() {
        var tokens = Accounts.login(api, jane);
        logout(tokens.refreshToken());

        assertProblem(refresh(api, tokens.refreshToken()), 401);

        assertThat(AuditLogs.rows(jdbc, "REFRESH_TOKEN_REUSED")).isEmpty();
    }

    @Test
    void leaves_other_logins_of_the_same_user_alone() {
        var phone = Accounts.login(api, jane);
        var laptop = Accounts.login(api, jane);

        logout(phone.refreshToken());

        assertThat(refresh(api, laptop.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void answers_204_for_an_unknown_token_without_auditing_anything() {
        jdbc.update("TRUNCATE audit_logs");

        var response = logout("never-issued-token");

        assertThat(response.status()).isEqualTo(204);
        assertThat(AuditLogs.actions(jdbc)).isEmpty();
    }

    @Test
    void answers_204_again_for_a_token_already_logged_out() {
        var tokens = Accounts.login(api, jane);
        logout(tokens.refreshToken());

        assertThat(logout(tokens.refreshToken()).status()).isEqualTo(204);
    }

    @Test
    void writes_a_logged_out_audit_row() {
        var tokens = Accounts.login(api, jane);

        logout(tokens.refreshToken());

        var rows = AuditLogs.rows(jdbc, "LOGGED_OUT");
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("actor_id", jane.id())
                        .containsEntry("target_type", "REFRESH_TOKEN_FAMILY"));
    }

    @Test
    void rejects_a_logout_without_a_token_with_400() {
        assertProblem(api.post("/api/v1/auth/logout", Map.of(), null), 400);
    }
}
