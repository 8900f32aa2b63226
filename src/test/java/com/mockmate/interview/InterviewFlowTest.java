package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.base.ratelimit.TokenBuckets;
import com.mockmate.support.Accounts;
import com.mockmate.support.AnswerRateLimit;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A whole text interview over REST with the offline evaluator, and the rules around answering. */
@IntegrationTest
class InterviewFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    TokenBuckets buckets;

    ApiClient api;
    String token;
    String testId;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "cand" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        testId = jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class)
                .toString();
    }

    @Test
    void candidate_takes_a_whole_interview_and_gets_a_total_and_summary() {
        var session = start();
        var sessionId = session.get("id").asString();
        assertThat(session.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(session.get("llmProvider").asString()).isEqualTo("offline");
        assertThat(session.get("openingText").asString()).contains("Question 1 of 8");
        assertThat(session.toString()).doesNotContain("keyPoints", "referenceAnswer", "key_points");

        var userId = api.get("/api/v1/users/me", token).json().get("id").asString();
        int turn = 0;
        while (true) {
            // A whole interview with follow-ups exceeds the per-minute answer limit, which has its own test.
            redis.delete("mockmate:rate:turns:" + userId);
            var current = api.get("/api/v1/sessions/" + sessionId, token).json();
            if (current.get("currentQuestion").isNull()) {
                break;
            }
            var accepted = answer(
                    sessionId,
                    "I would explain it step by step: "
                            + current.get("currentQuestion").get("text").asString()
                            + " because it matters, for example in production.",
                    "c" + (++turn));
            assertThat(accepted.status()).isEqualTo(202);
            awaitStatus(sessionId, accepted.json().get("id").asString(), "EVALUATED");
            assertThat(turn).isLessThan(30);
        }
        var last = api.get("/api/v1/sessions/" + sessionId, token).json();
        assertThat(last.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(last.get("totalScore").asDouble()).isBetween(0.0, 100.0);
        assertThat(last.get("summary").get("overallFeedback").asString()).isNotBlank();
        assertThat(last.get("summary").get("perTopic").size()).isEqualTo(4);
        var history = api.get("/api/v1/sessions", token).json();
        assertThat(history.get("content").get(0).get("id").asString()).isEqualTo(sessionId);
    }

    @Test
    void evaluated_turn_has_four_scores_and_a_weighted_total() {
        var sessionId = start().get("id").asString();
        var id = answer(sessionId, "It depends on the hash code and equals contract.", "one")
                .json()
                .get("id")
                .asString();
        var turn = awaitStatus(sessionId, id, "EVALUATED");
        var scores = turn.get("scores");
        double expected = 0.5 * scores.get("technical").asDouble()
                + 0.2 * scores.get("communication").asDouble()
                + 0.15 * scores.get("depth").asDouble()
                + 0.15 * scores.get("grammar").asDouble();
        assertThat(scores.get("total").asDouble()).isCloseTo(expected, Offset.offset(0.01));
        assertThat(turn.get("evaluation").get("technical").get("rating").asString())
                .isNotBlank();
        assertThat(turn.get("grammar").get("word_count").asInt()).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scores WHERE turn_id = ?::uuid", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void the_same_client_turn_id_returns_the_same_turn() {
        var sessionId = start().get("id").asString();
        var first = answer(sessionId, "My answer", "same-id");
        var again = answer(sessionId, "My answer, sent twice by a flaky network", "same-id");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interview_turns WHERE session_id = ?::uuid", Integer.class, sessionId))
                .isEqualTo(1);
    }

    @Test
    void a_second_answer_while_one_is_pending_is_refused_and_the_first_is_kept() {
        var sessionId = start().get("id").asString();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, client_turn_id, answer_text,"
                        + " status, created_at, updated_at) SELECT gen_random_uuid(), s.id, aq.question_id, 1, 'stuck', 'kept',"
                        + " 'PENDING', now(), now() FROM interview_sessions s JOIN assessment_questions aq ON"
                        + " aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?::uuid",
                sessionId);
        var second = answer(sessionId, "Another answer", "two");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).contains("application/problem+json");
        assertThat(jdbc.queryForObject(
                        "SELECT answer_text FROM interview_turns WHERE client_turn_id = 'stuck'", String.class))
                .isEqualTo("kept");
    }

    @Test
    void another_users_session_is_not_found() {
        var sessionId = start().get("id").asString();
        var other =
                Accounts.register(api, "other" + UUID.randomUUID().toString().substring(0, 8));
        var otherToken = Accounts.login(api, other).accessToken();
        assertThat(api.get("/api/v1/sessions/" + sessionId, otherToken).status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/sessions/" + sessionId + "/turns",
                                Map.of("answerText", "x", "clientTurnId", "x"),
                                otherToken)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void answers_are_validated() {
        var sessionId = start().get("id").asString();
        var empty = api.post(
                "/api/v1/sessions/" + sessionId + "/turns", Map.of("answerText", "", "clientTurnId", "a"), token);
        assertThat(empty.status()).isEqualTo(400);
        var tooLong = api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of("answerText", "x".repeat(8001), "clientTurnId", "b"),
                token);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/sessions",
                                Map.of("testId", UUID.randomUUID().toString()),
                                token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void answering_too_fast_is_rate_limited_with_retry_after() {
        var sessionId = start().get("id").asString();
        var userId = api.get("/api/v1/users/me", token).json().get("id").asString();
        AnswerRateLimit.exhaust(buckets, UUID.fromString(userId));
        var limited = answer(sessionId, "An answer", "r1");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
    }

    /** Leaving the hard questions out must not raise the total: each question not answered counts as 0. */
    @Test
    void finishing_early_counts_the_unanswered_questions_as_zero() {
        var sessionId = start().get("id").asString();
        var accepted = answer(
                sessionId,
                "A HashMap hashes the key to pick a bucket and compares keys with equals, because collisions happen;"
                        + " for example two keys can share a bucket.",
                "early-1");
        var turn = awaitStatus(sessionId, accepted.json().get("id").asString(), "EVALUATED");
        var answerTotal = turn.get("scores").get("total").decimalValue();

        var finished = api.post("/api/v1/sessions/" + sessionId + "/finish", Map.of(), token);

        assertThat(finished.status()).isEqualTo(200);
        var summary = finished.json().get("summary");
        assertThat(summary.get("answeredQuestions").asInt()).isEqualTo(1);
        assertThat(summary.get("skippedQuestions").asInt()).isEqualTo(7);
        assertThat(summary.get("skipped").size()).isEqualTo(7);
        assertThat(summary.get("skipped").get(0).get("position").asInt()).isEqualTo(2);
        assertThat(finished.json().get("totalScore").decimalValue())
                .as("one answered question of eight")
                .isEqualByComparingTo(
                        answerTotal.divide(java.math.BigDecimal.valueOf(8), 2, java.math.RoundingMode.HALF_UP));
        assertThat(summary.get("overallFeedback").asString()).contains("1 answered", "7 skipped (counted as 0)");
    }

    @Test
    void an_abandoned_interview_keeps_its_answers_gets_no_score_and_frees_its_slot() {
        var sessionId = start().get("id").asString();

        assertThat(api.post("/api/v1/sessions/" + sessionId + "/abandon", Map.of(), token)
                        .status())
                .isEqualTo(204);

        var abandoned = api.get("/api/v1/sessions/" + sessionId, token).json();
        assertThat(abandoned.get("status").asString()).isEqualTo("ABANDONED");
        assertThat(abandoned.get("totalScore").isNull()).isTrue();
        assertThat(answer(sessionId, "Too late for this one.", "late-1").status())
                .isEqualTo(409);
        var again = api.post("/api/v1/sessions/" + sessionId + "/abandon", Map.of(), token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    private JsonNode start() {
        var response = api.post("/api/v1/sessions", Map.of("testId", testId), token);
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    private ApiClient.Response answer(String sessionId, String text, String clientTurnId) {
        return api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of("answerText", text, "clientTurnId", clientTurnId),
                token);
    }

    private JsonNode awaitStatus(String sessionId, String turnId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                        .json()
                        .get("status")
                        .asString()));
        return api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                .json();
    }
}
