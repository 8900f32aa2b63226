package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.offline.OfflineInterviewer;
import com.mockmate.speech.AudioSamples;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.MultipartBody;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A representative part of the simulated-candidate suite through the whole application: typed answers over REST, and
 * spoken ones as recordings that flite speaks and PocketSphinx transcribes. A typed answer must get the total the suite
 * measured for it (the suite grades the rest directly, which keeps it fast); after "I don't know" the interview moves on.
 */
@Tag("simulated-candidates")
@IntegrationTest
class SimulatedCandidatePipelineTest {

    static final List<ScriptedCandidate> TYPED = List.of(
            ScriptedCandidate.STRONG,
            ScriptedCandidate.VAGUE,
            ScriptedCandidate.PARTIAL,
            ScriptedCandidate.DONT_KNOW,
            ScriptedCandidate.SILENT);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    ApiClient api;
    String token;
    String userId;
    String sessionId;
    List<ScriptedQuestion> questions;
    ScriptedTurns direct;

    @BeforeEach
    void candidate_in_a_warm_up_interview() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "sim" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        userId = api.get("/api/v1/users/me", token).json().get("id").asString();
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        sessionId = Interviews.startWarmUp(api, jdbc, token);
        questions = ScriptedQuestions.all();
        direct = new ScriptedTurns(
                new OfflineInterviewer(new KeyPointCoverage(), SimulatedCandidateSuite.GRAMMAR),
                SimulatedCandidateSuite.GRAMMAR);
    }

    @Test
    void typed_answers_get_the_totals_the_suite_measured_and_i_dont_know_moves_on() {
        double strong = -1;
        double vague = -1;
        for (int i = 0; i < TYPED.size(); i++) {
            var candidate = TYPED.get(i);
            var question = current();
            var turn = answer(question.answer(candidate), "typed-" + i);

            var expected = direct.grade(question, candidate).total();
            assertThat(turn.get("scores").get("total").asDouble())
                    .as("%s answer to %s through the pipeline", candidate, question.shortText())
                    .isCloseTo(expected, within(0.01));
            if (candidate == ScriptedCandidate.STRONG) strong = expected;
            if (candidate == ScriptedCandidate.VAGUE) vague = expected;
            if (candidate.noContent()) {
                assertMovesOnWithoutClaimingAMissedPart(turn);
            }
            if (followsUp(turn)) {
                var reply = answer("I don't know, sorry.", "typed-" + i + "-follow-up");
                assertThat(reply.get("scores").get("total").asDouble()).isLessThanOrEqualTo(10);
                assertMovesOnWithoutClaimingAMissedPart(reply);
            }
        }
        assertThat(strong).isGreaterThan(vague);
    }

    @Test
    void a_spoken_strong_answer_outscores_a_spoken_i_dont_know() {
        var strong = answerAloud(opening(current().answer(ScriptedCandidate.STRONG)), "spoken-strong");
        if (followsUp(strong)) {
            answer("I don't know, sorry.", "spoken-strong-follow-up");
        }
        var dontKnow = answerAloud("I don't know, sorry. I have never had to deal with that.", "spoken-dont-know");

        assertThat(strong.get("answerMode").asString()).isEqualTo("VOICE");
        assertThat(dontKnow.get("scores").get("total").asDouble()).isLessThanOrEqualTo(10);
        assertThat(strong.get("scores").get("total").asDouble())
                .as("transcript: %s", strong.get("answerText"))
                .isGreaterThan(dontKnow.get("scores").get("total").asDouble());
        assertMovesOnWithoutClaimingAMissedPart(dontKnow);
    }

    /** The first two sentences: PocketSphinx takes about a second per spoken word on a shared build machine. */
    private static String opening(String answer) {
        var sentences = answer.split("(?<=\\.) ");
        return String.join(" ", List.of(sentences).subList(0, Math.min(2, sentences.length)));
    }

    private void assertMovesOnWithoutClaimingAMissedPart(JsonNode turn) {
        assertThat(followsUp(turn)).as(turn.toString()).isFalse();
        assertThat(turn.get("interviewerText").asString().toLowerCase(Locale.ROOT))
                .doesNotContain("one more part", "didn't touch on");
    }

    private static boolean followsUp(JsonNode turn) {
        return "follow_up".equalsIgnoreCase(turn.get("nextAction").asString());
    }

    private ScriptedQuestion current() {
        var text = api.get("/api/v1/sessions/" + sessionId, token)
                .json()
                .get("currentQuestion")
                .get("text")
                .asString();
        return questions.stream()
                .filter(question -> question.facts().text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Not a seeded question: " + text));
    }

    private JsonNode answer(String text, String clientTurnId) {
        redis.delete("mockmate:rate:turns:" + userId);
        var turnId = Interviews.answer(api, token, sessionId, text, clientTurnId);
        return Interviews.awaitTurn(api, token, sessionId, turnId, "EVALUATED");
    }

    private JsonNode answerAloud(String text, String clientTurnId) {
        redis.delete("mockmate:rate:turns:" + userId);
        var recording = AudioSamples.webm(AudioSamples.spokenWav(text));
        var body = new MultipartBody().file("audio", "answer.webm", "audio/webm", recording);
        body.field("clientTurnId", clientTurnId);
        var accepted = api.send(api.request("/api/v1/sessions/" + sessionId + "/turns/audio", token)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        var path = "/api/v1/sessions/" + sessionId + "/turns/"
                + accepted.json().get("id").asString();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("EVALUATED", "FAILED")
                        .contains(api.get(path, token).json().get("status").asString()));
        var turn = api.get(path, token).json();
        assertThat(turn.get("status").asString()).as(turn.toString()).isEqualTo("EVALUATED");
        return turn;
    }
}
