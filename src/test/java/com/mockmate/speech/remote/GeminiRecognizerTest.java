package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.GEMINI_KEY;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.json;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.audio.FfmpegAudio;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Gemini's generateContent with the recording inline, converted to FLAC by the real ffmpeg when Gemini needs it. */
class GeminiRecognizerTest {

    static final String RESPONSE = """
            {
              "candidates": [
                {
                  "content": {
                    "parts": [{"text": "So um volatile makes writes visible to uh other threads.\\n"}],
                    "role": "model"
                  },
                  "finishReason": "STOP",
                  "index": 0
                }
              ],
              "usageMetadata": {
                "promptTokenCount": 262,
                "candidatesTokenCount": 13,
                "totalTokenCount": 275,
                "promptTokensDetails": [
                  {"modality": "TEXT", "tokenCount": 70},
                  {"modality": "AUDIO", "tokenCount": 192}
                ]
              },
              "modelVersion": "gemini-2.5-flash",
              "responseId": "x3NDabCnJ9_Wz7IPq8uXoQs"
            }""";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    private GeminiRecognizer recognizer() {
        var properties = properties();
        return new GeminiRecognizer(
                client(properties), accounts(server), properties, MAPPER, instantRetry(), new FfmpegAudio(properties));
    }

    /** Half a second of a 440 Hz tone, 16 kHz mono 16-bit PCM. */
    static byte[] toneWav() {
        int rate = 16_000;
        int samples = rate / 2;
        var pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            pcm.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
        header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
        header.putShort((short) 1)
                .putInt(rate)
                .putInt(rate * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        var wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(pcm.array());
        return wav.toByteArray();
    }

    private byte[] toneWebm() throws Exception {
        var wav = Files.write(temp.resolve("tone.wav"), toneWav());
        var webm = temp.resolve("tone.webm");
        var ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-y",
                        "-i",
                        wav.toString(),
                        "-c:a",
                        "libopus",
                        webm.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(ffmpeg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue()).isZero();
        return Files.readAllBytes(webm);
    }

    private JsonNode sentBody() throws InterruptedException {
        var request = server.takeRequest(1, TimeUnit.SECONDS);
        return MAPPER.readTree(request.getBody().utf8());
    }

    @Test
    void sends_the_instruction_then_the_wav_inline_with_the_key_only_in_the_header() throws Exception {
        server.enqueue(json(RESPONSE));
        var wav = toneWav();

        var transcript = recognizer().transcribe(new AudioClip(wav, "audio/wav"));

        assertThat(transcript.text()).isEqualTo("So um volatile makes writes visible to uh other threads.");
        assertThat(transcript.words()).isEmpty();
        assertThat(transcript.audioSeconds()).isNull();
        assertThat(transcript.provider()).isEqualTo("gemini");
        assertThat(transcript.lowAccuracy()).isFalse();

        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getHeaders().get("x-goog-api-key")).isEqualTo(GEMINI_KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");

        var contents = MAPPER.readTree(request.getBody().utf8()).path("contents");
        assertThat(contents).hasSize(1);
        assertThat(contents.path(0).path("role").stringValue()).isEqualTo("user");
        var parts = contents.path(0).path("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.path(0).path("text").stringValue())
                .isEqualTo(GeminiRecognizer.INSTRUCTION)
                .contains("word for word", "filler words", "Output only the transcript");
        var inline = parts.path(1).path("inline_data");
        assertThat(inline.path("mime_type").stringValue()).isEqualTo("audio/wav");
        assertThat(Base64.getDecoder().decode(inline.path("data").stringValue()))
                .isEqualTo(wav);
    }

    @Test
    void a_webm_recording_is_converted_to_flac_before_it_is_sent() throws Exception {
        server.enqueue(json(RESPONSE));

        recognizer().transcribe(new AudioClip(toneWebm(), "audio/webm;codecs=opus"));

        var inline = sentBody().path("contents").path(0).path("parts").path(1).path("inline_data");
        assertThat(inline.path("mime_type").stringValue()).isEqualTo("audio/flac");
        var flac = Base64.getDecoder().decode(inline.path("data").stringValue());
        assertThat(new String(flac, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("fLaC");
    }

    @Test
    void mp3_goes_through_under_the_name_gemini_documents() throws Exception {
        server.enqueue(json(RESPONSE));

        recognizer().transcribe(new AudioClip(new byte[] {(byte) 0xff, (byte) 0xfb, 1}, "audio/mpeg"));

        var inline = sentBody().path("contents").path(0).path("parts").path(1).path("inline_data");
        assertThat(inline.path("mime_type").stringValue()).isEqualTo("audio/mp3");
    }

    @Test
    void thought_parts_are_left_out_and_text_parts_joined() {
        server.enqueue(json("""
                {"candidates": [{"content": {"role": "model", "parts": [
                   {"text": "The speaker says something about threads.", "thought": true},
                   {"text": "Volatile makes writes "},
                   {"text": "visible."}]},
                 "finishReason": "STOP", "index": 0}]}"""));

        var transcript = recognizer().transcribe(new AudioClip(toneWav(), "audio/wav"));

        assertThat(transcript.text()).isEqualTo("Volatile makes writes visible.");
    }

    @Test
    void a_blocked_request_fails_at_once_with_the_reason() {
        server.enqueue(json("{\"promptFeedback\": {\"blockReason\": \"PROHIBITED_CONTENT\"}}"));

        assertThatThrownBy(() -> recognizer().transcribe(new AudioClip(toneWav(), "audio/wav")))
                .isInstanceOfSatisfying(
                        SpeechCallException.class,
                        e -> assertThat(e.retryable()).isFalse())
                .hasMessage("Gemini would not transcribe the recording (blockReason PROHIBITED_CONTENT)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void an_invalid_key_reported_as_bad_request_is_still_a_rejected_key() {
        server.enqueue(json(400, """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                  "status": "INVALID_ARGUMENT", "details": [{"reason": "API_KEY_INVALID"}]}}"""));

        assertThatThrownBy(() -> recognizer().transcribe(new AudioClip(toneWav(), "audio/wav")))
                .isInstanceOf(SpeechCallException.class)
                .hasMessage("Gemini rejected the API key: check GEMINI_API_KEY (HTTP 400)");
    }
}
