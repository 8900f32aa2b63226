package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** At most MOCKMATE_MAX_OPEN_SESSIONS (3) interviews in progress per candidate, however fast they are started. */
@IntegrationTest
class OpenSessionLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String token;
    UUID userId;
    String testId;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "open" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        userId = account.id();
        testId = jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class)
                .toString();
    }

    @Test
    void a_fourth_open_interview_is_refused_with_the_open_ones_named() {
        var open = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            open.add(start().json().get("id").asString());
        }

        var refused = start();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .contains("3 interviews in progress", "Software Engineer Warm-up", "Resume or finish one");
        var listed = refused.json().get("openSessions");
        assertThat(listed.size()).isEqualTo(3);
        var ids = new ArrayList<String>();
        for (var session : listed) {
            ids.add(session.get("id").asString());
            assertThat(session.get("testId").asString()).isEqualTo(testId);
            assertThat(session.get("testTitle").asString()).isEqualTo("Software Engineer Warm-up");
            assertThat(session.get("startedAt").asString()).isNotBlank();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(open);
        assertThat(openCount()).isEqualTo(3);
    }

    @Test
    void finishing_an_interview_makes_room_for_another() {
        var first = start().json().get("id").asString();
        start();
        start();
        assertThat(start().status()).isEqualTo(409);

        assertThat(api.post("/api/v1/sessions/" + first + "/finish", null, token)
                        .status())
                .isEqualTo(200);

        assertThat(start().status()).isEqualTo(201);
    }

    @Test
    void other_candidates_are_not_counted() {
        for (int i = 0; i < 3; i++) {
            start();
        }
        var other = Accounts.newCandidateToken(api, "oth");

        assertThat(api.post("/api/v1/sessions", Map.of("testId", testId), other).status())
                .isEqualTo(201);
    }

    @Test
    void concurrent_starts_cannot_open_more_than_the_limit() throws Exception {
        int attempts = 12;
        var ready = new CountDownLatch(attempts);
        var go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return start().status();
                }));
            }
            ready.await();
            go.countDown();
        }

        var codes = new ArrayList<Integer>();
        for (var status : statuses) {
            codes.add(status.get());
        }
        assertThat(codes).filteredOn(code -> code == 201).hasSize(3);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(attempts - 3);
        assertThat(openCount()).isEqualTo(3);
    }

    private ApiClient.Response start() {
        return api.post("/api/v1/sessions", Map.of("testId", testId), token);
    }

    private int openCount() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM interview_sessions WHERE user_id = ? AND status = 'IN_PROGRESS'",
                Integer.class,
                userId);
    }
}
