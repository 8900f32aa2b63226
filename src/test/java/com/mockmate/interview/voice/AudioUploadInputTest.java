package com.mockmate.interview.voice;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.MultipartBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hostile multipart uploads of a spoken answer are 4xx and leave no turn behind. */
@IntegrationTest
class AudioUploadInputTest {

    private static final byte[] SOME_AUDIO = new byte[1024];

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void candidate_with_consent_and_a_session() {
        api = new ApiClient(port);
        token = Accounts.login(api, Accounts.register(api, "upload.input")).accessToken();
        assertThat(api.post("/api/v1/users/me/recording-consent", null, token).status())
                .isEqualTo(204);
        sessionId = Interviews.startWarmUp(api, jdbc, token);
    }

    @Test
    void an_audio_content_type_longer_than_its_column_is_a_415() {
        var response = upload(
                new MultipartBody().file("audio", "a.webm", "audio/webm;codecs=" + "x".repeat(120), SOME_AUDIO),
                "long-type");

        assertProblem(response, 415);
        assertThat(turns()).isZero();
    }

    @Test
    void a_nul_in_a_text_part_is_a_400() {
        var body = new MultipartBody()
                .file("audio", "a.webm", "audio/webm", SOME_AUDIO)
                .field("browserTranscript", "heard\u0000this");

        var response = upload(body, "nul-part");

        assertProblem(response, 400);
        assertThat(turns()).isZero();
    }

    private ApiClient.Response upload(MultipartBody body, String clientTurnId) {
        body.field("clientTurnId", clientTurnId);
        return api.send(api.request("/api/v1/sessions/" + sessionId + "/turns/audio", token)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));
    }

    private int turns() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM interview_turns WHERE session_id = ?::uuid", Integer.class, sessionId);
    }
}
