package com.mockmate.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Interviews on the seeded "Software Engineer Warm-up" test, started over the API as a candidate would. */
public final class Interviews {

    private Interviews() {}

    public static UUID warmUpTestId(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
    }

    /** Starts an interview on the warm-up test and answers its session id. */
    public static String startWarmUp(ApiClient api, JdbcTemplate jdbc, String token) {
        return api.post("/api/v1/sessions", Map.of("testId", warmUpTestId(jdbc).toString()), token)
                .json()
                .get("id")
                .asString();
    }

    /** Sends a typed answer, expects 202, and answers the new turn's id. */
    public static String answer(ApiClient api, String token, String sessionId, String text, String clientTurnId) {
        var accepted = api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of("answerText", text, "clientTurnId", clientTurnId),
                token);
        assertThat(accepted.status()).isEqualTo(202);
        return accepted.json().get("id").asString();
    }

    /** Waits for a turn to reach the status and answers the turn as its owner sees it. */
    public static JsonNode awaitTurn(ApiClient api, String token, String sessionId, String turnId, String status) {
        var path = "/api/v1/sessions/" + sessionId + "/turns/" + turnId;
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        status.equals(api.get(path, token).json().get("status").asString()));
        return api.get(path, token).json();
    }

    /**
     * Finishes an interview whose answers are all evaluated. The worker may still hold the session's lock for a moment
     * after the turn is stored as evaluated, so this retries until the finish is accepted.
     */
    public static void finish(ApiClient api, String token, String sessionId) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.post("/api/v1/sessions/" + sessionId + "/finish", Map.of(), token)
                                .status()
                        == 200);
    }

    /** Answers the current question, waits for its evaluation and finishes the interview. */
    public static void answerAndFinish(ApiClient api, String token, String sessionId, String text) {
        awaitTurn(api, token, sessionId, answer(api, token, sessionId, text, "f-" + UUID.randomUUID()), "EVALUATED");
        finish(api, token, sessionId);
    }

    /** The key points of the session's first question, as the interview drew it. */
    public static List<String> keyPointsOfFirstQuestion(JdbcTemplate jdbc, String sessionId) {
        return jdbc.queryForList(
                "SELECT jsonb_array_elements_text(questions -> 'questions' -> 0 -> 'keyPoints') FROM interview_sessions"
                        + " WHERE id = ?::uuid",
                String.class,
                sessionId);
    }

    /** An answer that states every key point of the session's first question. */
    public static String coveringEveryKeyPoint(JdbcTemplate jdbc, String sessionId) {
        return "Here is how it works. " + String.join(". ", keyPointsOfFirstQuestion(jdbc, sessionId))
                + ". For example, in production this matters because it keeps the system correct and fast.";
    }
}
