package com.mockmate.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import com.mockmate.support.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Anonymous requests for static files create no session in Redis; the login page does (its CSRF token lives there),
 * and hands the browser the cookie with its own response, so a login page opened directly works.
 */
@IntegrationTest
class StaticFilesMakeNoSessionTest {

    private static final Pattern BUNDLE_FILE = Pattern.compile("VAADIN/build/[\\w.-]+\\.js");

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void anonymous_requests_for_static_files_create_no_session() {
        var loginPage = new WebClient(port).get("/login").body();
        var paths = new ArrayList<>(List.of(
                "/images/favicon.svg",
                "/styles/mockmate.css",
                "/scripts/voice-recorder.js",
                "/scripts/interviewer-voice.js",
                "/lumo/lumo.css",
                "/VAADIN/static/push/vaadinPush.js"));
        BUNDLE_FILE.matcher(loginPage).results().forEach(match -> paths.add("/" + match.group()));
        assertThat(paths).as("bundle files the login page loads").hasSizeGreaterThan(6);
        var before = sessionKeys();

        for (int round = 0; round < 5; round++) {
            for (var path : paths) {
                var response = new WebClient(port).get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }

        assertThat(sessionKeys()).isEqualTo(before);
    }

    /**
     * A browser sends its session cookie with every static file too. Those requests skip the per-session queue, so if
     * they loaded the session they would save it concurrently with the page's own requests: a lost update of the
     * Vaadin UI ("Message ID sync error") or a ConcurrentModificationException in the save.
     */
    @Test
    void static_files_do_not_load_or_save_an_existing_session() throws InterruptedException {
        var browser = new WebClient(port);
        var loginPage = browser.get("/login").body();
        var key = "mockmate-test:session:sessions:" + decoded(browser.session());
        var accessed = redis.opsForHash().get(key, "lastAccessedTime");
        var paths = new ArrayList<>(List.of("/images/favicon.svg", "/styles/mockmate.css", "/lumo/lumo.css"));
        BUNDLE_FILE.matcher(loginPage).results().forEach(match -> paths.add("/" + match.group()));
        Thread.sleep(5);

        for (var path : paths) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        assertThat(redis.opsForHash().get(key, "lastAccessedTime"))
                .as("the session was not touched")
                .isEqualTo(accessed);
    }

    @Test
    void the_login_page_opened_first_sets_the_session_cookie() {
        var browser = new WebClient(port);

        var page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.session()).as("session cookie of the login page").isNotNull();
        assertThat(redis.hasKey("mockmate-test:session:sessions:" + decoded(browser.session())))
                .isTrue();
    }

    private int sessionKeys() {
        return redis.keys("mockmate-test:session:sessions:*").size();
    }

    private static String decoded(String cookie) {
        return new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
    }
}
