package com.mockmate.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login CSRF: a page elsewhere must not be able to post the login form and sign the victim's browser in to an account
 * of the attacker's. The form post needs the token of the visitor's own login page.
 */
@IntegrationTest
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_login_post_without_the_token_is_rejected_and_signs_nobody_in() {
        var browser = new WebClient(port);
        browser.get("/login");

        var response = browser.postLogin("admin", "Test-Root-Secret-99", null);

        assertSentBackToTheLoginPage(response);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void a_login_post_with_a_token_of_another_session_is_rejected() {
        var attacker = new WebClient(port);
        var attackersToken = WebClient.csrfTokenOf(attacker.get("/login").body());
        var victim = new WebClient(port);
        victim.get("/login");

        var response = victim.postLogin("admin", "Test-Root-Secret-99", attackersToken);

        assertSentBackToTheLoginPage(response);
        assertThat(victim.get("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void the_login_page_token_signs_in() {
        var browser = new WebClient(port);
        var token = WebClient.csrfTokenOf(browser.get("/login").body());

        var response = browser.postLogin("admin", "Test-Root-Secret-99", token);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
    }

    /** Rejected before the password is even checked: no audit row of a login attempt. */
    private void assertSentBackToTheLoginPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(AuditLogs.actions(jdbc)).doesNotContain("LOGIN_SUCCEEDED", "LOGIN_FAILED");
    }
}
