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
class UserLockApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String adminToken;
    Account jane;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        adminToken = Accounts.adminToken(api);
        jane = Accounts.register(api, "jane.doe");
    }

    private ApiClient.Response lock(Account account) {
        return api.post("/api/v1/users/" + account.id() + "/lock", null, adminToken);
    }

    private ApiClient.Response login(String password) {
        return api.post("/api/v1/auth/login", Map.of("username", "jane.doe", "password", password), null);
    }

    @Test
    void locking_rejects_the_users_existing_access_token_at_once() {
        var tokens = Accounts.login(api, jane);
        assertThat(api.get("/api/v1/users/me", tokens.accessToken()).status()).isEqualTo(200);

        var response = lock(jane);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("lockedUntil").isNull()).isFalse();
        var me = api.get("/api/v1/users/me", tokens.accessToken());
        assertProblem(me, 401);
        assertThat(me.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void locking_ends_the_users_refresh_tokens() {
        var tokens = Accounts.login(api, jane);

        lock(jane);

        assertProblem(refresh(api, tokens.refreshToken()), 401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL",
                        Long.class,
                        jane.id()))
                .isZero();
    }

    @Test
    void a_refresh_token_ended_by_a_lock_is_not_reported_as_stolen() {
        var tokens = Accounts.login(api, jane);
        lock(jane);

        var response = refresh(api, tokens.refreshToken());

        assertProblem(response, 401);
        assertThat(detail(response)).doesNotContain("already used");
        assertThat(AuditLogs.rows(jdbc, "REFRESH_TOKEN_REUSED")).isEmpty();
    }

    @Test
    void a_locked_user_with_the_right_password_is_told_the_account_is_locked() {
        lock(jane);

        var response = login(jane.password());

        assertProblem(response, 401);
        assertThat(detail(response)).containsIgnoringCase("locked");
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void a_locked_user_with_a_wrong_password_gets_the_generic_answer() {
        lock(jane);

        var response = login("Not-The-Right-One-42");

        assertProblem(response, 401);
        assertThat(detail(response)).isEqualTo("Invalid username or password.");
        assertThat(response.body()).doesNotContainIgnoringCase("locked");
    }

    @Test
    void unlocking_lets_the_user_log_in_again() {
        lock(jane);
        assertProblem(login(jane.password()), 401);

        var response = api.post("/api/v1/users/" + jane.id() + "/unlock", null, adminToken);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("lockedUntil").isNull()).isTrue();
        assertThat(login(jane.password()).status()).isEqualTo(200);
    }

    @Test
    void a_timed_lock_ends_by_itself() {
        var response = api.post("/api/v1/users/" + jane.id() + "/lock", Map.of("minutes", 60), adminToken);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertProblem(login(jane.password()), 401);

        jdbc.update("UPDATE users SET locked_until = now() - interval '1 second' WHERE id = ?", jane.id());

        assertThat(login(jane.password()).status()).isEqualTo(200);
    }

    @Test
    void writes_user_locked_and_user_unlocked_audit_rows() {
        var adminId = AuditLogs.userId(jdbc, "admin");

        lock(jane);
        api.post("/api/v1/users/" + jane.id() + "/unlock", null, adminToken);

        assertThat(AuditLogs.rows(jdbc, "USER_LOCKED"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("actor_id", adminId)
                        .containsEntry("target_id", jane.id().toString()));
        assertThat(AuditLogs.rows(jdbc, "USER_UNLOCKED"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("actor_id", adminId)
                        .containsEntry("target_id", jane.id().toString()));
    }

    @Test
    void an_admin_cannot_lock_themselves() {
        var adminId = AuditLogs.userId(jdbc, "admin");

        var response = api.post("/api/v1/users/" + adminId + "/lock", null, adminToken);

        assertProblem(response, 409);
        assertThat(jdbc.queryForObject("SELECT locked_until FROM users WHERE id = ?", Object.class, adminId))
                .isNull();
        assertThat(api.get("/api/v1/users/me", adminToken).status()).isEqualTo(200);
        assertThat(AuditLogs.rows(jdbc, "USER_LOCKED")).isEmpty();
    }

    @Test
    void a_user_may_not_lock_anyone() {
        var bob = Accounts.register(api, "bob");

        var response = api.post(
                "/api/v1/users/" + bob.id() + "/lock",
                null,
                Accounts.login(api, jane).accessToken());

        assertProblem(response, 403);
        assertThat(Accounts.login(api, bob).accessToken()).isNotBlank();
    }
}
