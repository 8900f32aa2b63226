package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.domain.LiveEvent;
import com.mockmate.interview.domain.TurnFailed;
import com.mockmate.interview.live.LiveEventBus;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interview core's guarantees: an interview keeps the questions it drew, the live state in Redis always says what
 * the stored turns say (and is rebuilt when lost), and events reach live clients only once their change committed.
 */
@IntegrationTest
class InterviewCoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LiveEventBus bus;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    ApiClient api;
    String token;
    String userId;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "core" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        userId = api.get("/api/v1/users/me", token).json().get("id").asString();
    }

    @Test
    void an_interview_keeps_the_questions_it_drew_when_the_bank_is_edited_or_archived() {
        var admin = Accounts.adminToken(api);
        var catalog = new CatalogApi(api);
        var topic = catalog.topic(admin, "Snapshots " + UUID.randomUUID());
        var first = catalog.question(admin, topic, "What does a write-ahead log guarantee?", "MEDIUM");
        var second = catalog.question(admin, topic, "When would you denormalise a table?", "MEDIUM");
        var test = catalog.publishedTest(admin, "Snapshot test " + UUID.randomUUID(), List.of(first, second));
        var sessionId = api.post("/api/v1/sessions", Map.of("testId", test), token)
                .json()
                .get("id")
                .asString();

        jdbc.update(
                "UPDATE questions SET text = 'Edited after the start', key_points = '[\"edited\"]' WHERE id = ?",
                first);
        assertThat(api.delete("/api/v1/questions/" + second, admin)
                        .json()
                        .get("outcome")
                        .asString())
                .isEqualTo("ARCHIVED");

        var session = api.get("/api/v1/sessions/" + sessionId, token).json();
        assertThat(session.get("currentQuestion").get("text").asString())
                .isEqualTo("What does a write-ahead log guarantee?");
        assertThat(session.get("openingText").asString()).contains("What does a write-ahead log guarantee?");
        var turnId = answer(sessionId, "It makes committed changes durable: the log is flushed before the data.", "a1");
        var turn = awaitStatus(sessionId, turnId, "EVALUATED");
        assertThat(turn.get("promptText").asString()).isEqualTo("What does a write-ahead log guarantee?");
        assertThat(turn.get("evaluation").toString()).doesNotContain("edited");
        var next = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        if (next.get("followUp").isNull()) {
            assertThat(next.get("text").asString()).isEqualTo("When would you denormalise a table?");
        }
    }

    @Test
    void the_live_state_says_what_the_stored_turns_say_after_every_answer_and_is_rebuilt_when_lost() {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = api.post("/api/v1/sessions", Map.of("testId", testId), token)
                .json()
                .get("id")
                .asString();
        var key = "mockmate:interview:state:" + sessionId;
        int turn = 0;
        while (true) {
            redis.delete("mockmate:rate:turns:" + userId);
            var current = api.get("/api/v1/sessions/" + sessionId, token).json();
            if (current.get("currentQuestion").isNull()) {
                break;
            }
            if (turn == 2) {
                redis.delete(key);
            }
            var id = answer(
                    sessionId,
                    "I would explain it step by step: "
                            + current.get("currentQuestion").get("text").asString()
                            + " because it matters, for example in production.",
                    "c" + (++turn));
            awaitStatus(sessionId, id, "EVALUATED");
            var after = api.get("/api/v1/sessions/" + sessionId, token).json();
            if (after.get("status").asString().equals("COMPLETED")) {
                break;
            }
            var state = JSON.readTree(redis.opsForValue().get(key));
            assertThat(state.get("turnCount").asInt())
                    .isEqualTo(after.get("turns").size());
            assertThat(state.get("inFlightTurnId").isNull()).isTrue();
            assertThat(state.get("questionPosition").asInt())
                    .isEqualTo(after.get("currentQuestion").get("position").asInt());
            assertThat(state.get("followUpPrompt").isNull())
                    .isEqualTo(after.get("currentQuestion").get("followUp").isNull());
            assertThat(state.get("scores").size()).isEqualTo(after.get("turns").size());
            assertThat(turn).isLessThan(30);
        }
        assertThat(api.get("/api/v1/sessions/" + sessionId, token)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(5)).until(() -> !redis.hasKey(key));
    }

    @Test
    void live_clients_hear_of_a_change_only_once_it_is_committed() {
        var sessionId = UUID.randomUUID();
        var heard = new CopyOnWriteArrayList<LiveEvent>();
        var unsubscribe = bus.subscribe(sessionId, heard::add);
        try {
            var rolledBack = new TurnFailed(sessionId, UUID.randomUUID(), UUID.randomUUID(), "rolled back");
            tx.executeWithoutResult(status -> {
                publisher.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            var committed = new TurnFailed(sessionId, UUID.randomUUID(), UUID.randomUUID(), "committed");
            tx.executeWithoutResult(status -> publisher.publishEvent(committed));

            await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> heard.size() == 1);
            assertThat(heard.getFirst().type()).isEqualTo(LiveEvent.TURN_FAILED);
            assertThat(heard.getFirst().turnId()).isEqualTo(committed.turnId());
        } finally {
            unsubscribe.run();
        }
    }

    private String answer(String sessionId, String text, String clientTurnId) {
        return Interviews.answer(api, token, sessionId, text, clientTurnId);
    }

    private JsonNode awaitStatus(String sessionId, String turnId, String status) {
        return Interviews.awaitTurn(api, token, sessionId, turnId, status);
    }
}
