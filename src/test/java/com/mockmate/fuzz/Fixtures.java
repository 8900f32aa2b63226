package com.mockmate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.support.ApiClient;
import com.mockmate.support.TestAccounts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the fuzzer's requests point at, made through the API: an admin and a candidate of its own (so that nothing it
 * does touches the seeded admin), a victim account for the user administration endpoints, and a topic, question,
 * published test, session and turn. Real ids get requests past the 404s into the code behind them.
 */
record Fixtures(String adminToken, String candidateToken, Map<String, UUID> ids) {

    static Fixtures create(ApiClient api) {
        var accounts = new TestAccounts(api);
        var admin = accounts.withRole("fuzz.admin", "ADMIN").token();
        var candidate = accounts.candidate("fuzz.candidate").token();
        var ids = new LinkedHashMap<String, UUID>();
        ids.put("user", accounts.candidate("fuzz.victim").id());
        var topic = created(api.post(
                "/api/v1/topics", Map.of("name", "Fuzzing", "description", "Fixtures of the fuzz test"), admin));
        ids.put("topic", topic);
        var questions = List.of("What does a fuzzer look for?", "Why seed a fuzzer?").stream()
                .map(text -> created(api.post(
                        "/api/v1/topics/" + topic + "/questions",
                        Map.of(
                                "text",
                                text,
                                "difficulty",
                                "EASY",
                                "keyPoints",
                                List.of("crashes"),
                                "tags",
                                List.of("qa")),
                        admin)))
                .toList();
        ids.put("question", questions.getFirst());
        var test = created(api.post("/api/v1/tests", Map.of("title", "Fuzzing", "questionIds", questions), admin));
        assertThat(api.post("/api/v1/tests/" + test + "/publish", null, admin).status())
                .isEqualTo(200);
        ids.put("test", test);
        assertThat(api.post("/api/v1/users/me/recording-consent", null, candidate)
                                .status()
                        / 100)
                .isEqualTo(2);
        var session = created(api.post("/api/v1/sessions", Map.of("testId", test), candidate));
        ids.put("session", session);
        var turn = api.post(
                "/api/v1/sessions/" + session + "/turns",
                Map.of("answerText", "A fuzzer looks for crashes.", "clientTurnId", "fuzz-setup"),
                candidate);
        assertThat(turn.status()).as(turn.body()).isEqualTo(202);
        ids.put("turn", UUID.fromString(turn.json().get("id").asString()));
        awaitEvaluation(api, "/api/v1/sessions/" + session + "/turns/" + ids.get("turn"), candidate);
        return new Fixtures(admin, candidate, Map.copyOf(ids));
    }

    /**
     * The id for a path variable or a body field: by its name ({@code topicId}, {@code questionIds}) or, for a bare
     * {@code id}, by the collection before it ({@code /tests/{id}}); a random one when nothing fits.
     */
    String idFor(String name, String collection, UUID otherwise) {
        var key = (name.equals("id") ? collection : name).toLowerCase(Locale.ROOT);
        return ids.entrySet().stream()
                .filter(entry -> key.contains(entry.getKey()))
                .map(entry -> entry.getValue().toString())
                .findFirst()
                .orElse(otherwise.toString());
    }

    /** Its writes would otherwise land while the first operation is fuzzed, and be blamed on a rejected request. */
    private static void awaitEvaluation(ApiClient api, String turn, String token) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("EVALUATED", "FAILED")
                        .contains(api.get(turn, token).json().path("status").asString()));
    }

    private static UUID created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }
}
