package com.mockmate.interview.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With MOCKMATE_TTS_PROVIDER=offline the server speaks the interviewer's lines with flite and streams them. */
@IntegrationTest
@TestPropertySource(properties = "mockmate.speech.tts-provider=offline")
class ServerSpeechApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_interviewers_lines_are_streamed_as_audio_with_ranges_for_their_owner_only() throws Exception {
        var api = new ApiClient(port);
        var token = Accounts.newCandidateToken(api, "tts");
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token)
                .json()
                .get("id")
                .asString();

        var opening = bytes(api.request("/api/v1/sessions/" + sessionId + "/speech", token));
        assertThat(opening.statusCode()).isEqualTo(200);
        assertThat(opening.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(new String(Arrays.copyOf(opening.body(), 4), StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");
        assertThat(opening.body().length).as("several seconds of speech").isGreaterThan(50_000);

        var turnId = api.post(
                        "/api/v1/sessions/" + sessionId + "/turns",
                        Map.of("answerText", "I built a payment service in Java.", "clientTurnId", "t1"),
                        token)
                .json()
                .get("id")
                .asString();
        var replyPath = "/api/v1/sessions/" + sessionId + "/turns/" + turnId + "/speech";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                        .json()
                        .get("status")
                        .asString()
                        .equals("EVALUATED"));

        var range = bytes(api.request(replyPath, token).header("Range", "bytes=0-1023"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(1024);
        assertThat(range.headers().firstValue("Content-Range"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("bytes 0-1023/"));

        var stranger = Accounts.newCandidateToken(api, "tts");
        assertThat(api.get(replyPath, stranger).status()).isEqualTo(404);
        assertThat(api.get(replyPath, null).status()).isEqualTo(401);
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
