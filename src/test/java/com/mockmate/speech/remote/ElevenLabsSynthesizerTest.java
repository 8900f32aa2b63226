package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.ELEVENLABS_KEY;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** ElevenLabs' text-to-speech as documented: the voice in the path, text and model in JSON, MP3 bytes back. */
class ElevenLabsSynthesizerTest {

    /** An MPEG-1 Layer III frame header followed by padding: enough to look like the start of an MP3. */
    static final byte[] MP3 = {(byte) 0xff, (byte) 0xfb, (byte) 0x90, 0x64, 0, 0, 0, 0, 0x49, 0x6e, 0x66, 0x6f};

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ElevenLabsSynthesizer synthesizer() {
        var properties = properties();
        return new ElevenLabsSynthesizer(client(properties), accounts(server), properties, MAPPER, instantRetry());
    }

    static MockResponse mp3() {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "audio/mpeg")
                .setHeader("request-id", "b1f0e3a2c4d5")
                .body(new Buffer().write(MP3))
                .build();
    }

    @Test
    void posts_text_and_model_to_the_voice_and_returns_the_mp3() throws Exception {
        server.enqueue(mp3());
        var synthesizer = synthesizer();

        var speech = synthesizer.synthesize("  Tell me about a time you disagreed with a colleague.  ");

        assertThat(speech.audio()).isEqualTo(MP3);
        assertThat(speech.contentType()).isEqualTo("audio/mpeg");
        assertThat(synthesizer.provider()).isEqualTo("elevenlabs");
        assertThat(synthesizer.voice()).isEqualTo("JBFqnCBsd6RMkjVDRZzb");

        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb");
        assertThat(request.getUrl().queryParameter("output_format")).isEqualTo("mp3_44100_128");
        assertThat(request.getUrl().querySize()).isEqualTo(1);
        assertThat(request.getHeaders().get("xi-api-key")).isEqualTo(ELEVENLABS_KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("audio/mpeg");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        var body = MAPPER.readTree(request.getBody().utf8());
        assertThat(body.propertyNames()).containsExactly("text", "model_id");
        assertThat(body.path("text").stringValue()).isEqualTo("Tell me about a time you disagreed with a colleague.");
        assertThat(body.path("model_id").stringValue()).isEqualTo("eleven_flash_v2_5");
    }

    @Test
    void blank_text_is_refused_without_a_call() {
        assertThatThrownBy(() -> synthesizer().synthesize("  \n "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no text to speak");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_used_up_quota_is_not_reported_as_a_bad_key() {
        server.enqueue(RemoteSpeechFixtures.json(401, """
                {"detail": {"status": "quota_exceeded",
                  "message": "This request exceeds your quota of 10000. You have 12 credits remaining,\
                 while 57 credits are required for this request."}}"""));

        assertThatThrownBy(() -> synthesizer().synthesize("Why this role?"))
                .hasMessage("ElevenLabs refused the request: the account's quota is used up (HTTP 401)");
    }
}
