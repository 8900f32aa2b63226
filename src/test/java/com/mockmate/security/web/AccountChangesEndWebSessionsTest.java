package com.mockmate.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.AccountChangeKind;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.WebClient;
import com.mockmate.user.domain.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A web session signed in through the login form ends at its next request when its account is locked, disabled,
 * deleted, or its password or role changes, wherever the change came from (the API, another instance, SQL).
 */
@IntegrationTest
class AccountChangesEndWebSessionsTest {

    private static final String SESSION_KEYS = "mockmate-test:session:sessions:";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    ApiClient api;
    Accounts.Account candidate;
    WebClient web;

    @BeforeEach
    void candidateSignedInOnTheWeb() {
        api = new ApiClient(port);
        candidate = Accounts.register(api, "web" + UUID.randomUUID().toString().substring(0, 8));
        web = new WebClient(port);
        web.logIn(candidate.username(), candidate.password());
        assertThat(web.get("/assessments").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(AccountChangeKind.class)
    void the_next_request_after_an_account_change_is_sent_to_the_login_view(AccountChangeKind change) {
        var sessionKey = SESSION_KEYS + sessionId(web.session());
        assertThat(redis.hasKey(sessionKey)).isTrue();

        apply(change);

        assertSentToLogin(web.get("/assessments"));
        assertThat(redis.hasKey(sessionKey))
                .as("the ended session is gone from Redis")
                .isFalse();
        assertSentToLogin(web.get("/assessments"));
        var ended = AuditLogs.rows(jdbc, "SESSION_ENDED");
        assertThat(ended).hasSize(1);
        assertThat(ended.getFirst().get("target_id")).isEqualTo(candidate.id().toString());
        assertThat(ended.getFirst().get("details").toString()).contains("\"reason\": \"" + change.name() + "\"");
    }

    @Test
    void a_new_name_keeps_the_session() {
        var token = Accounts.login(api, candidate).accessToken();
        assertThat(api.patch("/api/v1/users/me", Map.of("fullName", "Renamed Candidate"), token)
                        .status())
                .isEqualTo(200);

        assertThat(web.get("/assessments").statusCode()).isEqualTo(200);
        assertThat(AuditLogs.rows(jdbc, "SESSION_ENDED")).isEmpty();
    }

    @Test
    void an_admin_demoted_and_locked_through_the_api_no_longer_opens_the_users_view() {
        var second = Accounts.registerWithRole(
                api, "second" + UUID.randomUUID().toString().substring(0, 6), Role.ADMIN);
        var adminWeb = new WebClient(port);
        adminWeb.logIn(second.username(), second.password());
        assertThat(adminWeb.get("/admin/users").statusCode()).isEqualTo(200);

        var admin = Accounts.adminToken(api);
        assertThat(api.put("/api/v1/users/" + second.id() + "/role", Map.of("role", "USER"), admin)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/users/" + second.id() + "/lock", null, admin)
                        .status())
                .isEqualTo(200);

        assertSentToLogin(adminWeb.get("/admin/users"));
        var again = new WebClient(port);
        var login = again.postLogin(
                second.username(),
                second.password(),
                WebClient.csrfTokenOf(again.get("/login").body()));
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    private void apply(AccountChangeKind change) {
        change.applyTo(candidate, api, jdbc);
    }

    private static void assertSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /** Spring Session's cookie carries the session id in Base64. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
