package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.OPENAI_KEY;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** OpenAI's speech endpoint as documented: model, input, voice and format in JSON, MP3 bytes back. */
class OpenAiSynthesizerTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void posts_model_input_voice_and_format_and_returns_the_mp3() throws Exception {
        server.enqueue(ElevenLabsSynthesizerTest.mp3());
        var properties = properties();
        var synthesizer =
                new OpenAiSynthesizer(client(properties), accounts(server), properties, MAPPER, instantRetry());

        var speech = synthesizer.synthesize("Walk me through how a HashMap handles collisions.");

        assertThat(speech.audio()).isEqualTo(ElevenLabsSynthesizerTest.MP3);
        assertThat(speech.contentType()).isEqualTo("audio/mpeg");
        assertThat(synthesizer.provider()).isEqualTo("openai");
        assertThat(synthesizer.voice()).isEqualTo("alloy");

        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/audio/speech");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        var body = MAPPER.readTree(request.getBody().utf8());
        assertThat(body.propertyNames()).containsExactly("model", "input", "voice", "response_format");
        assertThat(body.path("model").stringValue()).isEqualTo("gpt-4o-mini-tts");
        assertThat(body.path("input").stringValue()).isEqualTo("Walk me through how a HashMap handles collisions.");
        assertThat(body.path("voice").stringValue()).isEqualTo("alloy");
        assertThat(body.path("response_format").stringValue()).isEqualTo("mp3");
    }
}
