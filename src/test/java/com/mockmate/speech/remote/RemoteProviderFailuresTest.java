package com.mockmate.speech.remote;

import static com.mockmate.speech.remote.RemoteSpeechFixtures.KEYS;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.MAPPER;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accounts;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.accountsWithKey;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.client;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.instantRetry;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.json;
import static com.mockmate.speech.remote.RemoteSpeechFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.audio.FfmpegAudio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The failures every remote provider must report the same way, each fed its provider's real error bodies: a rejected
 * key, rate limiting, server errors, an unreadable success, a timeout, and never the key in a message or a log line.
 */
class RemoteProviderFailuresTest {

    private static final SpeechProperties PROPERTIES = properties();

    private static final AudioClip CLIP = new AudioClip(GeminiRecognizerTest.toneWav(), "audio/wav");

    /** Each provider with its documented error bodies and what an unreadable success looks like from it. */
    enum Remote {
        DEEPGRAM("Deepgram", "DEEPGRAM_API_KEY", RemoteSpeechFixtures.DEEPGRAM_KEY, """
                {"err_code": "INVALID_AUTH", "err_msg": "Invalid credentials.",
                 "request_id": "0d4c2f1e-8b9a-4c3d-a2e1-f0b9c8d7e6a5"}""", """
                {"err_code": "TOO_MANY_REQUESTS", "err_msg": "Too many requests. Please try again later",
                 "request_id": "1e5d3a2f-9c0b-4d4e-b3f2-a1c0d9e8f7b6"}""", """
                {"category": "INTERNAL_SERVER_ERROR", "message": "Internal error for key %s",
                 "request_id": "2f6e4b3a-0d1c-4e5f-c4a3-b2d1e0f9a8c7"}""") {
            @Override
            void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry) {
                new DeepgramRecognizer(client, accounts, PROPERTIES, MAPPER, retry).transcribe(CLIP);
            }
        },
        OPENAI_TRANSCRIPTION("OpenAI", "OPENAI_API_KEY", RemoteSpeechFixtures.OPENAI_KEY, """
                {"error": {"message": "Incorrect API key provided: sk-proj-****************xW9y. You can find your\
                 API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error",
                 "param": null, "code": "invalid_api_key"}}""", """
                {"error": {"message": "Rate limit reached for whisper-1 in organization org-3kq on requests per min\
                 (RPM): Limit 50, Used 50, Requested 1.", "type": "requests", "param": null,
                 "code": "rate_limit_exceeded"}}""", """
                {"error": {"message": "The server had an error processing your request (key %s).",
                 "type": "server_error", "param": null, "code": null}}""") {
            @Override
            void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry) {
                new OpenAiRecognizer(client, accounts, PROPERTIES, MAPPER, retry).transcribe(CLIP);
            }
        },
        GEMINI("Gemini", "GEMINI_API_KEY", RemoteSpeechFixtures.GEMINI_KEY, """
                {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                 "status": "UNAUTHENTICATED"}}""", """
                {"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",
                 "status": "RESOURCE_EXHAUSTED"}}""", """
                {"error": {"code": 500, "message": "Internal error encountered for %s.", "status": "INTERNAL"}}""") {
            @Override
            void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry) {
                new GeminiRecognizer(client, accounts, PROPERTIES, MAPPER, retry, new FfmpegAudio(PROPERTIES))
                        .transcribe(CLIP);
            }
        },
        ELEVENLABS("ElevenLabs", "ELEVENLABS_API_KEY", RemoteSpeechFixtures.ELEVENLABS_KEY, """
                {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}""", """
                {"detail": {"status": "too_many_concurrent_requests", "message": "Too many concurrent requests.\
                 Your current subscription is associated with a maximum of 2 concurrent requests."}}""", """
                {"detail": {"status": "internal_error", "message": "Something went wrong with key %s"}}""") {
            @Override
            void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry) {
                new ElevenLabsSynthesizer(client, accounts, PROPERTIES, MAPPER, retry).synthesize("Why this role?");
            }
        },
        OPENAI_SPEECH(
                "OpenAI",
                "OPENAI_API_KEY",
                RemoteSpeechFixtures.OPENAI_KEY,
                OPENAI_TRANSCRIPTION.unauthorized,
                OPENAI_TRANSCRIPTION.rateLimited,
                OPENAI_TRANSCRIPTION.serverError) {
            @Override
            void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry) {
                new OpenAiSynthesizer(client, accounts, PROPERTIES, MAPPER, retry).synthesize("Why this role?");
            }
        };

        final String name;
        final String keyVariable;
        final String key;
        final String unauthorized;
        final String rateLimited;
        final String serverError;

        Remote(
                String name,
                String keyVariable,
                String key,
                String unauthorized,
                String rateLimited,
                String serverError) {
            this.name = name;
            this.keyVariable = keyVariable;
            this.key = key;
            this.unauthorized = unauthorized;
            this.rateLimited = rateLimited;
            this.serverError = serverError;
        }

        abstract void call(OkHttpClient client, ProviderAccounts accounts, RemoteRetry retry);

        boolean synthesizes() {
            return this == ELEVENLABS || this == OPENAI_SPEECH;
        }

        MockResponse success() {
            return synthesizes()
                    ? ElevenLabsSynthesizerTest.mp3()
                    : json(
                            switch (this) {
                                case DEEPGRAM -> DeepgramRecognizerTest.RESPONSE;
                                case OPENAI_TRANSCRIPTION -> OpenAiRecognizerTest.RESPONSE;
                                default -> GeminiRecognizerTest.RESPONSE;
                            });
        }
    }

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<Duration> sleeps = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger retryLogger = (Logger) LoggerFactory.getLogger(RemoteRetry.class);

    @BeforeEach
    void captureRetryLogs() {
        logs.start();
        retryLogger.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        retryLogger.detachAppender(logs);
    }

    private SpeechCallException failure(
            Remote remote, SpeechProperties properties, ProviderAccounts accounts, RemoteRetry retry) {
        var failure =
                catchThrowableOfType(SpeechCallException.class, () -> remote.call(client(properties), accounts, retry));
        assertThat(failure).as("a SpeechCallException").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEYS);
        }
        return failure;
    }

    private SpeechCallException failure(Remote remote) {
        return failure(remote, properties(), accounts(server), instantRetry(sleeps));
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_rejected_key_fails_at_once_naming_the_variable_to_check(Remote remote) {
        server.enqueue(json(401, remote.unauthorized));

        var failure = failure(remote);

        assertThat(failure.getMessage())
                .isEqualTo(remote.name + " rejected the API key: check " + remote.keyVariable + " (HTTP 401)");
        assertThat(failure.retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_forbidden_key_is_also_a_rejected_key(Remote remote) {
        server.enqueue(json(403, remote.unauthorized));

        assertThat(failure(remote).getMessage()).contains("rejected the API key", "(HTTP 403)");
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void rate_limiting_is_retried_after_a_short_wait(Remote remote) {
        server.enqueue(json(429, remote.rateLimited));
        server.enqueue(remote.success());
        remote.call(client(properties()), accounts(server), instantRetry(sleeps));

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.getFirst()).isLessThanOrEqualTo(SpeechProperties.RETRY.base());
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void retry_after_is_honoured_up_to_the_cap(Remote remote) {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "2")
                .body(remote.rateLimited)
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "60")
                .body(remote.serverError.formatted("no key"))
                .build());
        server.enqueue(remote.success());

        remote.call(client(properties()), accounts(server), instantRetry(sleeps));

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), SpeechProperties.RETRY.cap());
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void rate_limiting_that_outlasts_the_attempts_says_so_and_stays_retryable(Remote remote) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(429, remote.rateLimited));
        }

        var failure = failure(remote);

        assertThat(failure.getMessage())
                .startsWith(remote.name + " is limiting the request rate (HTTP 429: ")
                .endsWith(") (3 attempts)");
        assertThat(failure.retryable()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void server_errors_are_retried_then_reported_with_the_provider_s_reason_scrubbed_of_the_key(Remote remote) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, remote.serverError.formatted(remote.key)));
        }

        var failure = failure(remote);

        assertThat(failure.getMessage())
                .startsWith(remote.name + " could not answer (HTTP 500: ")
                .contains("***");
        assertThat(failure.retryable()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(1))
                .isLessThanOrEqualTo(SpeechProperties.RETRY.base().multipliedBy(2));
        assertThat(logs.list)
                .hasSize(2)
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .startsWith(remote.name + " call failed (attempt ")
                        .doesNotContain(KEYS));
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_client_error_other_than_the_key_is_not_retried(Remote remote) {
        server.enqueue(json(422, "{\"error\": {\"message\": \"Unprocessable input\"}}"));

        var failure = failure(remote);

        assertThat(failure.getMessage())
                .isEqualTo(remote.name + " refused the request (HTTP 422: Unprocessable input)");
        assertThat(failure.retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void an_unreadable_success_is_not_retried(Remote remote) {
        server.enqueue(
                remote.synthesizes()
                        ? json("{\"status\": \"ok\"}")
                        : json("{\"results\": {\"channels\": [{\"alternatives\": [{\"transcript\": \"volat"));

        var failure = failure(remote);

        if (remote.synthesizes()) {
            assertThat(failure.getMessage())
                    .isEqualTo(remote.name + " sent an unexpected response: audio was expected but the response is"
                            + " application/json; charset=utf-8");
        } else {
            assertThat(failure.getMessage())
                    .startsWith(remote.name + " sent a response that is not valid JSON (line 1");
        }
        assertThat(failure.retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_call_that_outlasts_the_timeout_is_a_retryable_failure(Remote remote) {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build());
        var once = RemoteRetry.of(new RemoteRetry.Policy(1, Duration.ZERO, Duration.ZERO));

        var failure = failure(remote, properties(Duration.ofMillis(300)), accounts(server), once);

        assertThat(failure.getMessage()).isEqualTo(remote.name + " did not answer before the timeout");
        assertThat(failure.retryable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_key_that_cannot_go_into_a_header_is_refused_without_repeating_it(Remote remote) {
        var pasted = remote.key.substring(0, 8) + "\n" + remote.key.substring(8);
        var failure = catchThrowableOfType(
                SpeechCallException.class,
                () -> remote.call(client(properties()), accountsWithKey(server, pasted), instantRetry(sleeps)));

        assertThat(failure.getMessage())
                .isEqualTo("The " + remote.name + " API key contains characters that cannot be sent: check "
                        + remote.keyVariable)
                .doesNotContain(remote.key.substring(0, 8), remote.key.substring(8));
        assertThat(failure.retryable()).isFalse();
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Remote.class)
    void a_server_that_cannot_be_reached_is_a_retryable_failure(Remote remote) {
        var accounts = accounts(server);
        server.close();

        var failure = failure(remote, properties(), accounts, instantRetry(sleeps));

        assertThat(failure.getMessage()).startsWith(remote.name + " could not be reached (");
        assertThat(failure.retryable()).isTrue();
    }
}
