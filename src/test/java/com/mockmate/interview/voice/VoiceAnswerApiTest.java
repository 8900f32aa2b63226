package com.mockmate.interview.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.evaluation.StalledTurnRecovery;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.speech.AudioSamples;
import com.mockmate.storage.BlobStore;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.MultipartBody;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Spoken answers over REST with the offline path for real: the recording is speech made by flite at test time, PocketSphinx
 * transcribes it, the offline evaluator scores it.
 */
@IntegrationTest
class VoiceAnswerApiTest {

    static final String SPOKEN_ANSWER =
            "a hash map stores keys and values in buckets and it uses the hash code to find the bucket quickly";
    static final byte[] RECORDING = AudioSamples.webm(AudioSamples.spokenWav(SPOKEN_ANSWER));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    RecordingService recordingService;

    @Autowired
    StalledTurnRecovery recovery;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void candidate_with_consent_and_a_session() {
        api = new ApiClient(port);
        token = newCandidate();
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        sessionId = startSession(token);
    }

    @Test
    void a_spoken_answer_is_stored_transcribed_measured_and_evaluated() {
        var accepted = sendAudio(token, sessionId, "v1", "audio/webm;codecs=opus", RECORDING, Map.of());
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("TRANSCRIBING");
        var turnId = accepted.json().get("id").asString();
        var key = jdbc.queryForObject("SELECT audio_key FROM interview_turns WHERE id = ?::uuid", String.class, turnId);
        assertThat(key).endsWith(turnId + ".webm");
        assertThat(blobs.exists(key)).as("the recording is stored").isTrue();

        var turn = awaitStatus(turnId, "EVALUATED", "FAILED");

        assertThat(turn.get("status").asString()).as(turn.toString()).isEqualTo("EVALUATED");
        assertThat(turn.get("answerMode").asString()).isEqualTo("VOICE");
        assertThat(turn.get("answerText").asString()).contains("hash", "keys");
        assertThat(turn.get("spoken").get("transcriptProvider").asString()).isEqualTo("offline");
        assertThat(turn.get("spoken").get("lowAccuracy").asBoolean()).isTrue();
        assertThat(turn.get("spoken").get("hasRecording").asBoolean()).isTrue();
        var delivery = turn.get("delivery");
        assertThat(delivery.get("durationSeconds").asDouble()).isBetween(3.0, 12.0);
        assertThat(delivery.get("wordsPerMinute").asDouble()).isBetween(80.0, 260.0);
        assertThat(delivery.get("estimated").asBoolean()).isFalse();
        assertThat(delivery.has("fillerWordCount") && delivery.has("fillers") && delivery.has("longPauses"))
                .isTrue();
        assertThat(turn.get("scores").get("total").asDouble()).isBetween(0.0, 100.0);
        assertThat(turn.get("evaluation")
                        .get("communication")
                        .get("justification")
                        .asString())
                .startsWith("Spoken:");
    }

    @Test
    void the_same_client_turn_id_returns_the_same_turn() {
        var first = sendAudio(token, sessionId, "same", "audio/webm", RECORDING, Map.of());
        var again = sendAudio(token, sessionId, "same", "audio/webm", RECORDING, Map.of());

        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interview_turns WHERE session_id = ?::uuid", Integer.class, sessionId))
                .isEqualTo(1);
    }

    @Test
    void a_transcript_under_review_waits_and_a_correction_is_evaluated() {
        var accepted = sendAudio(token, sessionId, "r1", "audio/webm", RECORDING, Map.of("reviewTranscript", "true"));
        var turnId = accepted.json().get("id").asString();
        var waiting = awaitStatus(turnId, "AWAITING_REVIEW", "FAILED");
        assertThat(waiting.get("status").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(waiting.get("scores").isNull()).isTrue();

        var corrected = "A hash map stores keys and values in buckets and uses the hash code to find a bucket.";
        var confirm = api.post(
                "/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/transcript",
                Map.of("answerText", corrected),
                token);
        assertThat(confirm.status()).isEqualTo(202);

        var turn = awaitStatus(turnId, "EVALUATED", "FAILED");
        assertThat(turn.get("answerText").asString()).isEqualTo(corrected);
        assertThat(api.post(
                                "/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/transcript",
                                Map.of("answerText", "again"),
                                token)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_silent_recording_fails_with_a_reason_and_can_be_answered_again() {
        var accepted = sendAudio(token, sessionId, "s1", "audio/webm", AudioSamples.silentWebm(3), Map.of());

        var turn = awaitStatus(accepted.json().get("id").asString(), "FAILED", "EVALUATED");

        assertThat(turn.get("failureReason").asString()).contains("could not hear anything");
        assertThat(turn.get("scores").isNull()).isTrue();
        assertThat(sendAudio(token, sessionId, "s2", "audio/webm", RECORDING, Map.of())
                        .status())
                .isEqualTo(202);
    }

    @Test
    void rejects_wrong_types_oversized_and_empty_recordings_and_stores_nothing() {
        var wrongType = sendAudio(token, sessionId, "t1", "text/plain", "hello".getBytes(), Map.of());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.json().get("detail").asString()).contains("audio/webm");

        var oversized = sendAudio(token, sessionId, "t2", "audio/webm", new byte[10 * 1024 * 1024 + 1], Map.of());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.json().get("detail").asString()).contains("at most 10 MB");

        var empty = sendAudio(token, sessionId, "t3", "audio/webm", new byte[0], Map.of());
        assertThat(empty.status()).isEqualTo(400);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interview_turns WHERE session_id = ?::uuid", Integer.class, sessionId))
                .isZero();
    }

    @Test
    void without_consent_no_recording_is_accepted() {
        var other = newCandidate();
        var otherSession = startSession(other);

        var response = sendAudio(other, otherSession, "c1", "audio/webm", RECORDING, Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("recording-consent");
    }

    @Test
    void after_consent_is_withdrawn_no_recording_is_accepted_until_it_is_given_again() {
        assertThat(api.delete("/api/v1/users/me/recording-consent", token).status())
                .isEqualTo(204);

        var refused = sendAudio(token, sessionId, "w1", "audio/webm", RECORDING, Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/users/me/recording-consent", token).status())
                .as("withdrawing twice changes nothing")
                .isEqualTo(204);
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        assertThat(sendAudio(token, sessionId, "w2", "audio/webm", RECORDING, Map.of())
                        .status())
                .isEqualTo(202);
    }

    @Test
    void only_the_owner_can_hear_a_recording_and_ranges_are_served() throws Exception {
        var turnId = sendAudio(token, sessionId, "o1", "audio/webm", RECORDING, Map.of())
                .json()
                .get("id")
                .asString();
        var path = "/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/audio";

        var whole = bytes(api.request(path, token).GET());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(RECORDING);
        assertThat(whole.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("audio/webm"));

        var range = bytes(api.request(path, token).header("Range", "bytes=0-99").GET());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(100);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + RECORDING.length);

        var stranger = newCandidate();
        assertThat(api.get(path, stranger).status()).isEqualTo(404);
        assertThat(sendAudio(stranger, sessionId, "x", "audio/webm", RECORDING, Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_candidate_deletes_all_recordings_and_keeps_transcripts_and_scores() {
        var turnId = sendAudio(token, sessionId, "d1", "audio/webm", RECORDING, Map.of())
                .json()
                .get("id")
                .asString();
        awaitStatus(turnId, "EVALUATED", "FAILED");
        var key = jdbc.queryForObject("SELECT audio_key FROM interview_turns WHERE id = ?::uuid", String.class, turnId);

        var deleted = api.delete("/api/v1/users/me/recordings", token);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("deleted").asInt()).isEqualTo(1);
        assertThat(blobs.exists(key)).isFalse();
        var turn = api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                .json();
        assertThat(turn.get("spoken").get("hasRecording").asBoolean()).isFalse();
        assertThat(turn.get("answerText").asString()).isNotBlank();
        assertThat(turn.get("scores").isNull()).isFalse();
        assertThat(api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/audio", token)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_logs WHERE action = 'RECORDINGS_DELETED'", Integer.class))
                .isPositive();
    }

    @Test
    void the_retention_job_deletes_recordings_past_their_time_only() {
        var oldTurn = sendAudio(token, sessionId, "old", "audio/webm", RECORDING, Map.of())
                .json()
                .get("id")
                .asString();
        awaitStatus(oldTurn, "EVALUATED", "FAILED");
        var otherSession = startSession(token);
        var newTurn = sendAudio(token, otherSession, "new", "audio/webm", RECORDING, Map.of())
                .json()
                .get("id")
                .asString();
        jdbc.update("UPDATE interview_turns SET created_at = now() - interval '31 days' WHERE id = ?::uuid", oldTurn);
        var oldKey =
                jdbc.queryForObject("SELECT audio_key FROM interview_turns WHERE id = ?::uuid", String.class, oldTurn);

        assertThat(recordingService.deleteExpiredRecordings()).isEqualTo(1);

        assertThat(blobs.exists(oldKey)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT audio_deleted_at IS NOT NULL FROM interview_turns WHERE id = ?::uuid",
                        Boolean.class,
                        oldTurn))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT audio_key FROM interview_turns WHERE id = ?::uuid", String.class, newTurn))
                .isNotNull();
    }

    @Test
    void a_recording_left_untranscribed_by_a_dead_instance_is_recovered() {
        var turnId = UUID.randomUUID();
        var userId = api.get("/api/v1/users/me", token).json().get("id").asString();
        var key = "audio/" + userId + "/" + sessionId + "/" + turnId + ".webm";
        blobs.put(key, new java.io.ByteArrayInputStream(RECORDING), RECORDING.length, "audio/webm");
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position, client_turn_id,"
                        + " status, answer_mode, audio_key, audio_content_type, audio_size, created_at, updated_at)"
                        + " SELECT ?::uuid, s.id, aq.question_id, 1, 1, 'lost', 'TRANSCRIBING', 'VOICE', ?, 'audio/webm', ?,"
                        + " now() - interval '10 minutes', now() - interval '10 minutes' FROM interview_sessions s"
                        + " JOIN assessment_questions aq ON aq.assessment_id = s.assessment_id AND aq.position = 0"
                        + " WHERE s.id = ?::uuid",
                turnId.toString(),
                key,
                RECORDING.length,
                sessionId);

        assertThat(recovery.recover()).isEqualTo(1);

        var turn = api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                .json();
        assertThat(turn.get("status").asString()).isEqualTo("EVALUATED");
        assertThat(turn.get("answerText").asString()).contains("hash");
    }

    @Test
    void with_browser_speech_the_server_makes_no_audio() {
        var path = "/api/v1/sessions/" + sessionId + "/speech";

        var response = api.get(path, token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("MOCKMATE_TTS_PROVIDER=browser");
    }

    private String newCandidate() {
        var account =
                Accounts.register(api, "voice" + UUID.randomUUID().toString().substring(0, 8));
        return Accounts.login(api, account).accessToken();
    }

    private String startSession(String bearer) {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        return api.post("/api/v1/sessions", Map.of("testId", testId.toString()), bearer)
                .json()
                .get("id")
                .asString();
    }

    private ApiClient.Response sendAudio(
            String bearer,
            String session,
            String clientTurnId,
            String contentType,
            byte[] audio,
            Map<String, String> fields) {
        var body = new MultipartBody().file("audio", "answer.webm", contentType, audio);
        body.field("clientTurnId", clientTurnId);
        fields.forEach(body::field);
        return api.send(api.request("/api/v1/sessions/" + session + "/turns/audio", bearer)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));
    }

    private java.net.http.HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode awaitStatus(String turnId, String... statuses) {
        var path = "/api/v1/sessions/" + sessionId + "/turns/" + turnId;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> java.util.List.of(statuses)
                        .contains(api.get(path, token).json().get("status").asString()));
        return api.get(path, token).json();
    }
}
