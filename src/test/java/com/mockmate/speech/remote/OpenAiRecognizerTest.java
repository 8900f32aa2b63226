package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.OPENAI_KEY;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.json;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.TimedWord;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAI's transcription endpoint as documented: a multipart upload in, verbose_json with word timestamps out. */
class OpenAiRecognizerTest {

    static final String RESPONSE = """
            {
              "task": "transcribe",
              "language": "english",
              "duration": 5.300000190734863,
              "text": "So, um, volatile makes writes visible to other threads.",
              "words": [
                {"word": "So", "start": 0.0, "end": 0.3199999928474426},
                {"word": "um", "start": 0.6399999856948853, "end": 0.9599999785423279},
                {"word": "volatile", "start": 1.2000000476837158, "end": 1.7599999904632568},
                {"word": "makes", "start": 1.7599999904632568, "end": 2.0},
                {"word": "writes", "start": 2.0, "end": 2.319999933242798},
                {"word": "visible", "start": 2.319999933242798, "end": 2.799999952316284},
                {"word": "to", "start": 2.799999952316284, "end": 2.9600000381469727},
                {"word": "other", "start": 3.5999999046325684, "end": 3.8399999141693115},
                {"word": "threads", "start": 3.8399999141693115, "end": 4.400000095367432}
              ],
              "usage": {"type": "duration", "seconds": 6}
            }""";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private OpenAiRecognizer recognizer() {
        var properties = properties();
        return new OpenAiRecognizer(client(properties), accounts(server), properties, MAPPER, instantRetry());
    }

    private record Part(String disposition, String contentType, byte[] body) {}

    private static Map<String, Part> parts(RecordedRequest request) throws IOException {
        var boundary = MediaType.get(request.getHeaders().get("Content-Type")).parameter("boundary");
        var parts = new LinkedHashMap<String, Part>();
        try (var reader = new MultipartReader(new Buffer().write(request.getBody()), boundary)) {
            for (var part = reader.nextPart(); part != null; part = reader.nextPart()) {
                var disposition = part.headers().get("Content-Disposition");
                var name = disposition.replaceFirst("^form-data; name=\"([^\"]+)\".*", "$1");
                parts.put(
                        name,
                        new Part(
                                disposition,
                                part.headers().get("Content-Type"),
                                part.body().readByteArray()));
            }
        }
        return parts;
    }

    @Test
    void uploads_the_recording_as_a_named_file_and_asks_for_word_timestamps() throws Exception {
        server.enqueue(json(RESPONSE));
        var audio = new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 9, 8, 7};

        var transcript = recognizer().transcribe(new AudioClip(audio, "audio/webm;codecs=opus"));

        assertThat(transcript.text()).isEqualTo("So, um, volatile makes writes visible to other threads.");
        assertThat(transcript.words()).hasSize(9);
        assertThat(transcript.words().get(1)).isEqualTo(new TimedWord("um", 0.6399999856948853, 0.9599999785423279));
        assertThat(transcript.audioSeconds()).isEqualTo(5.300000190734863);
        assertThat(transcript.provider()).isEqualTo("openai");
        assertThat(transcript.lowAccuracy()).isFalse();

        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/audio/transcriptions");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");

        var parts = parts(request);
        assertThat(parts).containsOnlyKeys("file", "model", "response_format", "timestamp_granularities[]");
        var file = parts.get("file");
        assertThat(file.disposition()).isEqualTo("form-data; name=\"file\"; filename=\"answer.webm\"");
        assertThat(file.contentType()).isEqualTo("audio/webm");
        assertThat(file.body()).isEqualTo(audio);
        assertThat(new String(parts.get("model").body())).isEqualTo("whisper-1");
        assertThat(new String(parts.get("response_format").body())).isEqualTo("verbose_json");
        assertThat(new String(parts.get("timestamp_granularities[]").body())).isEqualTo("word");
    }

    @ParameterizedTest
    @CsvSource({
        "audio/mp4, answer.mp4",
        "audio/ogg;codecs=opus, answer.ogg",
        "audio/mpeg, answer.mp3",
        "audio/x-wav, answer.wav",
        "audio/flac, answer.flac"
    })
    void names_the_upload_after_the_declared_type(String contentType, String filename) throws Exception {
        server.enqueue(json(RESPONSE));

        recognizer().transcribe(new AudioClip(new byte[] {1, 2}, contentType));

        assertThat(parts(server.takeRequest(1, TimeUnit.SECONDS)).get("file").disposition())
                .endsWith("filename=\"" + filename + "\"");
    }

    @Test
    void a_type_openai_does_not_take_fails_before_any_call() {
        assertThatThrownBy(() -> recognizer().transcribe(new AudioClip(new byte[] {1}, "audio/amr")))
                .isInstanceOfSatisfying(
                        SpeechCallException.class,
                        e -> assertThat(e.retryable()).isFalse())
                .hasMessage("OpenAI cannot transcribe recordings of type audio/amr");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_model_that_refuses_verbose_json_is_reported_with_openai_s_reason() {
        server.enqueue(json(400, """
                {"error": {"message": "response_format 'verbose_json' is not compatible with model\
                 'gpt-4o-transcribe'. Use 'json' or 'text' instead.", "type": "invalid_request_error",
                 "param": "response_format", "code": "unsupported_value"}}"""));

        assertThatThrownBy(() -> recognizer().transcribe(new AudioClip(new byte[] {1}, "audio/webm")))
                .isInstanceOfSatisfying(
                        SpeechCallException.class,
                        e -> assertThat(e.retryable()).isFalse())
                .hasMessage("OpenAI refused the request (HTTP 400: response_format 'verbose_json' is not compatible"
                        + " with model 'gpt-4o-transcribe'. Use 'json' or 'text' instead.)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
