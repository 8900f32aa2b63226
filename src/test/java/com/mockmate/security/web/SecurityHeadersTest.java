package com.mockmate.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response carries the Content-Security-Policy; Vaadin pages are neither sniffed nor cached. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/register", "/?v-r=init&location=login&query="})
    void vaadin_pages_carry_the_policy_and_are_neither_sniffed_nor_cached(String path) {
        var response = new WebClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertPolicy(response);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void the_policy_allows_what_vaadin_needs_and_nothing_from_elsewhere() {
        var policy = new WebClient(port)
                .get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();

        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("connect-src 'self'")
                .contains("media-src 'self' blob:")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("*")
                .doesNotContain("http:")
                .doesNotContain("https:");
    }

    @Test
    void api_responses_and_static_files_carry_the_policy() {
        var api = new ApiClient(port);
        var unauthorized = api.get("/api/v1/users/me", null);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(unauthorized.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var login =
                api.post("/api/v1/auth/login", Map.of("username", "admin", "password", "Test-Root-Secret-99"), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);

        assertPolicy(new WebClient(port).get("/styles/mockmate.css"));
    }

    private static void assertPolicy(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}
