package com.mockmate.interview.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.evaluation.StalledTurnRecovery;
import com.mockmate.speech.AudioSamples;
import com.mockmate.storage.BlobStore;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.MultipartBody;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Recordings that must not get far: a decompression bomb in miniature, bytes that are not audio, silence, and a
 * recording that disappeared before it was transcribed. Each turn fails with a reason the candidate can act on, shows
 * nothing of the server, and keeps no recording that a retry could not use.
 */
@IntegrationTest
class RecordingSafetyApiTest {

    /** What a reason must never show: file paths, tool names, exception classes, stack frames. */
    private static final Pattern SERVER_DETAIL = Pattern.compile(
            "/tmp|/usr|/var|mockmate-|\\.bin|ffmpeg|ffprobe|pocketsphinx|Exception|Error\\b|\\bat com\\.");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StalledTurnRecovery recovery;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void candidate_with_consent_and_a_session() {
        api = new ApiClient(port);
        var account =
                Accounts.register(api, "safe" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, account).accessToken();
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        sessionId = Interviews.startWarmUp(api, jdbc, token);
    }

    /** About 100 KB of FLAC that would decode to 19 MB of PCM (a megabyte of it, to gigabytes). */
    @Test
    void a_ten_minute_recording_fails_as_too_long_before_anything_is_decoded() {
        long decodesBefore = decodes();

        var accepted = sendAudio("bomb", "audio/flac", AudioSamples.silentFlac(600));
        assertThat(accepted.status()).isEqualTo(202);
        var turnId = accepted.json().get("id").asString();
        var key = audioKey(turnId);
        var turn = awaitStatus(turnId, "FAILED", "EVALUATED", "AWAITING_REVIEW");

        assertThat(turn.get("status").asString()).isEqualTo("FAILED");
        assertThat(turn.get("failureReason").asString())
                .contains("too long")
                .contains("600 seconds")
                .contains("at most 180 seconds");
        assertThat(turn.get("scores").isNull()).isTrue();
        assertThat(decodes()).as("ffmpeg never decoded the recording").isEqualTo(decodesBefore);
        assertThat(blobs.exists(key))
                .as("a recording no retry can use is not kept")
                .isFalse();
        assertThat(turn.get("spoken").get("hasRecording").asBoolean()).isFalse();
        assertThat(turn.get("retryable").asBoolean()).isFalse();
        var retry = api.post("/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/retry", null, token);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("detail").asString()).contains("Record your answer again");
    }

    @Test
    void bytes_that_are_not_audio_fail_with_a_readable_reason_that_shows_nothing_of_the_server() {
        var garbage = new byte[8192];
        new Random(11).nextBytes(garbage);

        var turnId = sendAudio("junk", "audio/webm", garbage).json().get("id").asString();
        var turn = awaitStatus(turnId, "FAILED", "EVALUATED");

        assertThat(turn.get("failureReason").asString())
                .isEqualTo("We could not read this recording. Please record your answer again.");
        assertThat(turn.get("spoken").get("hasRecording").asBoolean()).isFalse();
        assertNoServerDetailInAnyReason();
    }

    @Test
    void a_silent_recording_is_not_kept_and_cannot_be_retried() {
        long decodesBefore = decodes();
        var turnId = sendAudio("quiet", "audio/webm", AudioSamples.silentWebm(2))
                .json()
                .get("id")
                .asString();
        var key = audioKey(turnId);

        var turn = awaitStatus(turnId, "FAILED", "EVALUATED");

        assertThat(turn.get("failureReason").asString()).contains("could not hear anything");
        assertThat(decodes()).as("silence is found by decoding").isEqualTo(decodesBefore + 1);
        assertThat(blobs.exists(key)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT audio_deleted_at IS NOT NULL FROM interview_turns WHERE id = ?::uuid",
                        Boolean.class,
                        turnId))
                .isTrue();
        assertThat(turn.get("retryable").asBoolean()).isFalse();
        assertNoServerDetailInAnyReason();
    }

    @Test
    void a_turn_whose_recording_is_gone_fails_instead_of_waiting_for_ever() {
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position, client_turn_id,"
                        + " status, answer_mode, audio_key, audio_content_type, audio_size, created_at, updated_at)"
                        + " SELECT ?, s.id, aq.question_id, 1, 1, 'gone', 'TRANSCRIBING', 'VOICE', ?, 'audio/webm', 1,"
                        + " now() - interval '10 minutes', now() - interval '10 minutes' FROM interview_sessions s"
                        + " JOIN assessment_questions aq ON aq.assessment_id = s.assessment_id AND aq.position = 0"
                        + " WHERE s.id = ?::uuid",
                turnId,
                "audio/nobody/" + turnId + ".webm",
                sessionId);

        assertThat(recovery.recover()).isEqualTo(1);

        var turn = api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                .json();
        assertThat(turn.get("status").asString()).isEqualTo("FAILED");
        assertThat(turn.get("failureReason").asString()).contains("no longer available");
        assertThat(turn.get("retryable").asBoolean()).isFalse();
    }

    private void assertNoServerDetailInAnyReason() {
        var turns = api.get("/api/v1/sessions/" + sessionId, token).json().get("turns");
        assertThat(turns.size()).isPositive();
        for (var turn : turns) {
            var reason = turn.get("failureReason").asString("");
            assertThat(SERVER_DETAIL.matcher(reason).find())
                    .as("server detail in \"%s\"", reason)
                    .isFalse();
        }
    }

    private long decodes() {
        return meters.get("mockmate.speech.decode").timer().count();
    }

    private String audioKey(String turnId) {
        return jdbc.queryForObject("SELECT audio_key FROM interview_turns WHERE id = ?::uuid", String.class, turnId);
    }

    private ApiClient.Response sendAudio(String clientTurnId, String contentType, byte[] audio) {
        var body = new MultipartBody().file("audio", "answer", contentType, audio);
        body.field("clientTurnId", clientTurnId);
        return api.send(api.request("/api/v1/sessions/" + sessionId + "/turns/audio", token)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));
    }

    private JsonNode awaitStatus(String turnId, String... statuses) {
        var path = "/api/v1/sessions/" + sessionId + "/turns/" + turnId;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> List.of(statuses)
                        .contains(api.get(path, token).json().get("status").asString()));
        return api.get(path, token).json();
    }
}
