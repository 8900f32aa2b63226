package com.mockmate.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Chromium;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.SecondInstance;
import com.mockmate.support.WebClient;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The Vaadin chain's HTTP session lives in Redis through Spring Session: a user who logged in on one instance is served
 * by any other instance, including one started after the login (as after an app restart). Logs in through the real form
 * login, over plain HTTP and in a browser.
 */
@IntegrationTest
class RedisHttpSessionTest {

    private static final String NAMESPACE = "mockmate-test:session";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void form_login_stores_the_signed_in_session_in_redis() {
        var session = formLogin(port, "admin", "Test-Root-Secret-99");

        var key = NAMESPACE + ":sessions:" + sessionId(session);
        assertThat(redis.hasKey(key)).as("Redis key %s", key).isTrue();
        assertThat(redis.opsForHash().keys(key)).contains("sessionAttr:" + securityContextAttribute());
        assertThat(redis.getExpire(key)).isPositive();
    }

    @Test
    void form_login_issues_a_new_session_id() {
        var anonymous = send(get(port, "/", null));
        var before = sessionCookie(anonymous);

        var after = postLogin(port, before, "admin", "Test-Root-Secret-99");

        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_second_instance_serves_the_session_of_the_first() {
        var session = formLogin(port, "admin", "Test-Root-Secret-99");
        assertThat(send(get(port, "/admin/users", session)).statusCode()).isEqualTo(200);

        try (var second = SecondInstance.startLike(environment)) {
            int secondPort = second.port();
            assertThat(secondPort).isNotEqualTo(port);

            var page = send(get(secondPort, "/admin/users", session));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("<div id=\"outlet\">");

            var user = signedInUser(second.context(), session);
            assertThat(user.username()).isEqualTo("admin");
            assertThat(user.role()).isEqualTo(Role.ADMIN);

            var anonymous = send(get(secondPort, "/admin/users", null));
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void a_browser_signed_in_on_one_instance_carries_on_with_another() {
        try (var chromium = Chromium.launch()) {
            var page = chromium.browser().newContext().newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill("Test-Root-Secret-99");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.waitForURL("**/admin/users");

            try (var second = SecondInstance.startLike(environment)) {
                // Cookies do not depend on the port: the browser presents the same session to the second instance.
                page.navigate("http://localhost:" + second.port() + "/admin/users");

                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                        .isVisible();
                var adminEmail = page.locator("vaadin-grid-cell-content").getByText("admin@mockmate.local");
                assertThat(adminEmail).isVisible();
                // A round trip whose listener needs the second instance's services.
                page.locator("input[placeholder='Search by name, username or email']")
                        .fill("nobody-is-called-this");
                assertThat(adminEmail).isHidden();
                assertThat(page.locator(".v-system-error")).hasCount(0);
                assertThat(page.url()).startsWith("http://localhost:" + second.port() + "/admin/users");
            }
        }
    }

    @Test
    void a_wrong_password_leaves_the_visitor_signed_out() {
        var anonymous = sessionCookie(send(get(port, "/", null)));

        var response = send(loginRequest(port, anonymous, "admin", "not-the-password-1"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        var session = sessionCookie(response) == null ? anonymous : sessionCookie(response);
        assertThat(send(get(port, "/admin/users", session)).statusCode()).isEqualTo(302);
    }

    /** Logs in the way a browser does: the first page sets the session cookie, the login form posts to /login. */
    private String formLogin(int port, String username, String password) {
        var anonymous = sessionCookie(send(get(port, "/", null)));
        assertThat(anonymous).as("session cookie of the first page").isNotNull();
        var session = postLogin(port, anonymous, username, password);
        assertThat(session).as("session cookie after login").isNotNull();
        return session;
    }

    private String postLogin(int port, String session, String username, String password) {
        var response = send(loginRequest(port, session, username, password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return sessionCookie(response);
    }

    /** The form post carries the CSRF token that the login page of the same session shows. */
    private HttpRequest.Builder loginRequest(int port, String session, String username, String password) {
        var token = WebClient.csrfTokenOf(send(get(port, "/login", session)).body());
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return request(port, "/login", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    @SuppressWarnings("unchecked")
    private static AuthenticatedUser signedInUser(ConfigurableApplicationContext instance, String sessionCookie) {
        var sessions = (SessionRepository<Session>) instance.getBean(SessionRepository.class);
        var session = sessions.findById(sessionId(sessionCookie));
        assertThat(session).as("session read by the second instance").isNotNull();
        SecurityContext context = session.getAttribute(securityContextAttribute());
        return (AuthenticatedUser) context.getAuthentication().getPrincipal();
    }

    private static String securityContextAttribute() {
        return HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    }

    /** Spring Session's cookie carries the session id in Base64. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder get(int port, String path, String session) {
        return request(port, path, session).GET();
    }

    private HttpRequest.Builder request(int port, String path, String session) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (session != null) {
            builder.header("Cookie", "SESSION=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
