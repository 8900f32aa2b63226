package com.mockmate.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import com.mockmate.support.SecondInstance;
import com.mockmate.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The session cookie is HttpOnly and SameSite=Lax, and Secure whenever the browser talks HTTPS: directly, through a
 * proxy whose X-Forwarded-Proto the app is told to trust, or always when MOCKMATE_SECURE_COOKIES says so.
 */
@IntegrationTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void over_plain_http_the_cookie_is_http_only_and_lax_but_not_secure() {
        var cookie = sessionCookie(new WebClient(port).get("/login"));

        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behind_a_trusted_tls_proxy_the_cookie_is_secure() {
        try (var proxied = SecondInstance.startLike(environment, "--server.forward-headers-strategy=framework")) {
            var web = new WebClient(proxied.port());

            var https = web.send(web.request("/login").header("X-Forwarded-Proto", "https"));
            var http = new WebClient(proxied.port()).get("/login");

            assertThat(sessionCookie(https))
                    .contains("Secure")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax");
            assertThat(sessionCookie(http)).doesNotContain("Secure");
        }
    }

    @Test
    void the_setting_makes_the_cookie_secure_even_over_plain_http() {
        try (var flagged = SecondInstance.startLike(environment, "--MOCKMATE_SECURE_COOKIES=true")) {
            var cookie = sessionCookie(new WebClient(flagged.port()).get("/login"));

            assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
