package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.DEEPGRAM_KEY;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accountsWithKey;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.json;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.TimedWord;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Deepgram's pre-recorded API as documented: raw audio in, results.channels[0].alternatives[0] out. */
class DeepgramRecognizerTest {

    static final String RESPONSE = """
            {
              "metadata": {
                "transaction_key": "deprecated",
                "request_id": "5d4d7d52-9c0b-4b6e-8a0a-1a7e3c0e2f11",
                "sha256": "154e291ecfa8be6ab8343560bcc109008fa7853eb5372533e8efdefc9b504c33",
                "created": "2026-11-25T10:15:31.447Z",
                "duration": 6.42,
                "channels": 1,
                "models": ["2187e11a-3532-4498-b076-81fa530bdd49"],
                "model_info": {
                  "2187e11a-3532-4498-b076-81fa530bdd49": {
                    "name": "general-nova-3", "version": "2025-07-31.0", "arch": "nova-3"
                  }
                }
              },
              "results": {
                "channels": [
                  {
                    "alternatives": [
                      {
                        "transcript": "Um, volatile makes writes visible to uh other threads.",
                        "confidence": 0.9921875,
                        "words": [
                          {"word": "um", "start": 0.32, "end": 0.64, "confidence": 0.91, "punctuated_word": "Um,"},
                          {"word": "volatile", "start": 1.28, "end": 1.76, "confidence": 0.99,
                           "punctuated_word": "volatile"},
                          {"word": "makes", "start": 1.76, "end": 2.0, "confidence": 0.99, "punctuated_word": "makes"},
                          {"word": "writes", "start": 2.0, "end": 2.32, "confidence": 0.98,
                           "punctuated_word": "writes"},
                          {"word": "visible", "start": 2.32, "end": 2.8, "confidence": 0.99,
                           "punctuated_word": "visible"},
                          {"word": "to", "start": 2.8, "end": 2.96, "confidence": 0.97, "punctuated_word": "to"},
                          {"word": "uh", "start": 3.6, "end": 3.84, "confidence": 0.88, "punctuated_word": "uh"},
                          {"word": "other", "start": 4.4, "end": 4.64, "confidence": 0.99, "punctuated_word": "other"},
                          {"word": "threads", "start": 4.64, "end": 5.12, "confidence": 0.99,
                           "punctuated_word": "threads."}
                        ]
                      }
                    ]
                  }
                ]
              }
            }""";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private DeepgramRecognizer recognizer() {
        var properties = properties();
        return new DeepgramRecognizer(client(properties), accounts(server), properties, MAPPER, instantRetry());
    }

    @Test
    void posts_the_raw_recording_with_its_type_and_the_token_and_reads_words_with_timings() throws Exception {
        server.enqueue(json(RESPONSE));
        var audio = new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4};

        var transcript = recognizer().transcribe(new AudioClip(audio, "audio/webm;codecs=opus"));

        assertThat(transcript.text()).isEqualTo("Um, volatile makes writes visible to uh other threads.");
        assertThat(transcript.words()).hasSize(9);
        assertThat(transcript.words().getFirst()).isEqualTo(new TimedWord("Um,", 0.32, 0.64));
        assertThat(transcript.words().get(6)).isEqualTo(new TimedWord("uh", 3.6, 3.84));
        assertThat(transcript.words().getLast()).isEqualTo(new TimedWord("threads.", 4.64, 5.12));
        assertThat(transcript.audioSeconds()).isEqualTo(6.42);
        assertThat(transcript.provider()).isEqualTo("deepgram");
        assertThat(transcript.lowAccuracy()).isFalse();

        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/listen");
        assertThat(request.getUrl().queryParameter("model")).isEqualTo("nova-3");
        assertThat(request.getUrl().queryParameter("smart_format")).isEqualTo("true");
        assertThat(request.getUrl().queryParameter("punctuate")).isEqualTo("true");
        assertThat(request.getUrl().queryParameter("filler_words")).isEqualTo("true");
        assertThat(request.getUrl().querySize()).isEqualTo(4);
        assertThat(request.getUrl().toString()).doesNotContain(DEEPGRAM_KEY);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + DEEPGRAM_KEY);
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("audio/webm;codecs=opus");
        assertThat(request.getBody().toByteArray()).isEqualTo(audio);
    }

    @Test
    void words_without_a_punctuated_form_keep_the_plain_word() {
        server.enqueue(json("""
                {"metadata": {"duration": 1.1},
                 "results": {"channels": [{"alternatives": [{"transcript": "yes", "confidence": 0.99,
                   "words": [{"word": "yes", "start": 0.2, "end": 0.5, "confidence": 0.99}]}]}]}}"""));

        var transcript = recognizer().transcribe(new AudioClip(new byte[] {1}, "audio/wav"));

        assertThat(transcript.words()).containsExactly(new TimedWord("yes", 0.2, 0.5));
    }

    @Test
    void silence_gives_an_empty_transcript_not_an_error() {
        server.enqueue(json("""
                {"metadata": {"duration": 3.0},
                 "results": {"channels": [{"alternatives": [{"transcript": "", "confidence": 0.0, "words": []}]}]}}"""));

        var transcript = recognizer().transcribe(new AudioClip(new byte[] {1}, "audio/webm"));

        assertThat(transcript.isBlank()).isTrue();
        assertThat(transcript.words()).isEmpty();
        assertThat(transcript.audioSeconds()).isEqualTo(3.0);
    }

    @Test
    void json_without_the_results_shape_is_an_unexpected_response() {
        server.enqueue(json("{\"metadata\": {\"duration\": 3.0}, \"results\": {\"channels\": []}}"));

        assertThatThrownBy(() -> recognizer().transcribe(new AudioClip(new byte[] {1}, "audio/webm")))
                .isInstanceOfSatisfying(SpeechCallException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("Deepgram sent an unexpected response:"
                                    + " no transcript at results.channels[0].alternatives[0]");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_missing_key_fails_before_any_call() {
        var properties = properties();
        var recognizer = new DeepgramRecognizer(
                client(properties), accountsWithKey(server, " "), properties, MAPPER, instantRetry());

        assertThatThrownBy(() -> recognizer.transcribe(new AudioClip(new byte[] {1}, "audio/webm")))
                .isInstanceOfSatisfying(
                        SpeechCallException.class,
                        e -> assertThat(e.retryable()).isFalse())
                .hasMessage("The Deepgram API key is missing: set DEEPGRAM_API_KEY");
        assertThat(server.getRequestCount()).isZero();
    }
}
