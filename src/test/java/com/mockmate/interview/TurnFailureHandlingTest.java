package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.mockmate.interview.evaluation.StalledTurnRecovery;
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.AudioSamples;
import com.mockmate.speech.SpeechRecognizer;
import com.mockmate.speech.audio.DecodedAudio;
import com.mockmate.storage.BlobStore;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.MultipartBody;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A turn whose processing keeps failing, or dies with an {@link Error} such as running out of memory, ends as FAILED
 * with a reason instead of being taken up again every minute for ever.
 */
@IntegrationTest
class TurnFailureHandlingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    BlobStore blobs;

    @Autowired
    StalledTurnRecovery recovery;

    @MockitoSpyBean
    TurnEvaluator evaluator;

    @MockitoSpyBean
    SpeechRecognizer recognizer;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void startInterview() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "fail" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        sessionId = Interviews.startWarmUp(api, jdbc, token);
    }

    @Test
    void running_out_of_memory_while_evaluating_fails_the_turn_with_a_reason() {
        doThrow(new OutOfMemoryError("Java heap space (test)")).when(evaluator).evaluate(any(), any());

        var accepted = api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of("answerText", "A hash map puts keys in buckets.", "clientTurnId", "oom"),
                token);
        var turnId = UUID.fromString(accepted.json().get("id").asString());

        await().atMost(Duration.ofSeconds(30)).until(() -> status(turnId).equals("FAILED"));
        var turn = turn(turnId);
        assertThat(turn.get("failureReason").asString()).contains("could not evaluate this answer");
        assertThat(turn.get("scores").isNull()).isTrue();
        assertThat(turn.get("retryable").asBoolean())
                .as("the typed answer can be tried again")
                .isTrue();
        assertThat(redis.hasKey("mockmate:interview:lock:" + sessionId))
                .as("the session is not left locked")
                .isFalse();
    }

    @Test
    void an_error_while_transcribing_fails_the_turn_and_drops_the_recording() {
        doThrow(new StackOverflowError()).when(recognizer).transcribe(any(AudioClip.class), any(DecodedAudio.class));
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        var body = new MultipartBody()
                .file("audio", "answer.webm", "audio/webm", AudioSamples.webm(AudioSamples.spokenWav("a hash map")));
        body.field("clientTurnId", "so");
        var accepted = api.send(api.request("/api/v1/sessions/" + sessionId + "/turns/audio", token)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));
        var turnId = UUID.fromString(accepted.json().get("id").asString());
        var key = jdbc.queryForObject("SELECT audio_key FROM interview_turns WHERE id = ?", String.class, turnId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(turnId).equals("FAILED"));
        assertThat(turn(turnId).get("failureReason").asString()).contains("could not process this recording");
        assertThat(blobs.exists(key)).isFalse();
    }

    @Test
    void the_recovery_fails_a_turn_that_dies_with_an_error() {
        // Not an OutOfMemoryError: JUnit aborts the whole run on one that reaches it, should this ever regress.
        doThrow(new StackOverflowError()).when(evaluator).evaluate(any(), any());
        var turnId = insertStalledTurn();

        assertThat(recovery.recover()).isEqualTo(1);

        assertThat(status(turnId)).isEqualTo("FAILED");
        assertThat(turn(turnId).get("failureReason").asString()).contains("could not evaluate this answer");
    }

    @Test
    void the_recovery_gives_up_after_its_attempts_and_a_retry_starts_them_afresh() {
        doThrow(new IllegalStateException("the model broke (test)"))
                .when(evaluator)
                .evaluate(any(), any());
        var turnId = insertStalledTurn();

        for (int attempt = 1; attempt <= 3; attempt++) {
            stallAgain(turnId);
            assertThat(recovery.recover()).isZero();
            assertThat(status(turnId)).isEqualTo("PENDING");
            assertThat(attempts(turnId)).isEqualTo(attempt);
        }
        stallAgain(turnId);
        assertThat(recovery.recover()).as("the fourth run ends it").isEqualTo(1);

        var failed = turn(turnId);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).contains("could not evaluate this answer");
        stallAgain(turnId);
        assertThat(recovery.recover()).as("a failed turn is left alone").isZero();

        var retry = api.post("/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/retry", null, token);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(attempts(turnId)).isZero();
    }

    @Test
    void a_turn_someone_is_working_on_uses_up_no_attempts() {
        var turnId = insertStalledTurn();
        redis.opsForValue().set("mockmate:interview:lock:" + sessionId, "someone-else", Duration.ofMinutes(1));

        for (int run = 0; run < 5; run++) {
            assertThat(recovery.recover()).isZero();
        }

        assertThat(attempts(turnId)).isZero();
        assertThat(status(turnId)).isEqualTo("PENDING");
        redis.delete("mockmate:interview:lock:" + sessionId);
    }

    private UUID insertStalledTurn() {
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position,"
                        + " client_turn_id, answer_text, status, created_at, updated_at) SELECT ?, s.id, aq.question_id,"
                        + " 1, 1, 'stalled', 'A stalled answer', 'PENDING', now() - interval '10 minutes',"
                        + " now() - interval '10 minutes' FROM interview_sessions s JOIN assessment_questions aq"
                        + " ON aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?::uuid",
                turnId,
                sessionId);
        return turnId;
    }

    /** Each attempt touches the turn; the recovery only takes up turns that have not moved for a while. */
    private void stallAgain(UUID turnId) {
        jdbc.update("UPDATE interview_turns SET updated_at = now() - interval '10 minutes' WHERE id = ?", turnId);
    }

    private tools.jackson.databind.JsonNode turn(UUID turnId) {
        return api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                .json();
    }

    private String status(UUID turnId) {
        return jdbc.queryForObject("SELECT status FROM interview_turns WHERE id = ?", String.class, turnId);
    }

    private int attempts(UUID turnId) {
        return jdbc.queryForObject("SELECT recovery_attempts FROM interview_turns WHERE id = ?", Integer.class, turnId);
    }
}
