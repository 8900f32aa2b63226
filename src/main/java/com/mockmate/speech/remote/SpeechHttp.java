package com.mockmate.speech.remote;

import com.mockmate.remote.ApiKey;
import com.mockmate.remote.RemoteHttp;
import com.mockmate.remote.RemoteRetry;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One remote speech provider's side of HTTP: sends a request through {@link RemoteRetry}, turns every failure into a
 * {@link SpeechCallException} whose message a candidate can read, and keeps the provider's key out of all of them.
 */
public final class SpeechHttp {

    /** Reads a successful response; an {@link IOException} here is a transport failure like any other. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(ResponseBody body, String contentType) throws IOException;
    }

    /**
     * Who is called and with which key. {@code name} is shown in messages ("Deepgram"), {@code keyVariable} is the
     * environment variable to point the operator at.
     */
    record Provider(String name, String keyVariable, ApiKey apiKey) {}

    private final OkHttpClient client;
    private final JsonMapper mapper;
    private final RemoteRetry retry;
    private final Provider provider;

    SpeechHttp(OkHttpClient client, JsonMapper mapper, RemoteRetry retry, Provider provider) {
        this.client = client;
        this.mapper = mapper;
        this.retry = retry;
        this.provider = provider;
    }

    /** One client for all speech providers, with the speech timeouts: a long recording takes a while to transcribe. */
    public static OkHttpClient client(SpeechProperties properties) {
        return RemoteHttp.client(properties.connectTimeout(), properties.callTimeout());
    }

    /**
     * OPENAI_BASE_URL is shared with the OpenAI-compatible interviewer model, where it includes the version path as in
     * OpenAI's SDKs; the speech endpoints add {@code v1/} themselves, so a trailing one is dropped.
     */
    static String withoutVersionPath(String baseUrl) {
        return baseUrl.strip().replaceFirst("/v1/?$", "");
    }

    /**
     * The key, checked before it goes into a header: OkHttp names the offending value in its exception for headers it
     * does not know to be secret (x-goog-api-key, xi-api-key), so a pasted newline would otherwise leak the key.
     */
    String apiKey() {
        var key = provider.apiKey();
        if (!key.isPresent()) {
            throw new SpeechCallException(
                    "The " + provider.name() + " API key is missing: set " + provider.keyVariable(), false, null);
        }
        if (!key.fitsInAHeader()) {
            throw new SpeechCallException(
                    "The " + provider.name() + " API key contains characters that cannot be sent: check "
                            + provider.keyVariable(),
                    false,
                    null);
        }
        return key.secret();
    }

    /** Sends with retries; a failure after several attempts says how many there were. */
    <T> T send(Request request, BodyReader<T> reader) {
        var attempts = new AtomicInteger();
        try {
            return retry.call(provider.name(), () -> {
                attempts.incrementAndGet();
                return sendOnce(request, reader);
            });
        } catch (SpeechCallException e) {
            if (!e.retryable()) {
                throw e;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new SpeechCallException(e.getMessage() + "; interrupted before retrying", true, e);
            }
            if (attempts.get() == 1) {
                throw e;
            }
            throw new SpeechCallException(e.getMessage() + " (" + attempts.get() + " attempts)", true, e);
        }
    }

    private <T> T sendOnce(Request request, BodyReader<T> reader) {
        try (var response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                var retryAfter = RemoteHttp.retryAfter(response.header("Retry-After"), Clock.systemUTC());
                throw failure(response.code(), retryAfter, response.body().string());
            }
            var contentType = response.header("Content-Type", "");
            return reader.read(response.body(), contentType == null ? "" : contentType);
        } catch (IOException e) {
            throw transportFailure(e);
        }
    }

    /** Parses a JSON response; a body that is not JSON is a provider fault that another attempt will not fix. */
    JsonNode json(String body) {
        try {
            var node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw malformed("the response is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            var at = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new SpeechCallException(
                    provider.name() + " sent a response that is not valid JSON" + at, false, null);
        }
    }

    SpeechCallException malformed(String what) {
        return new SpeechCallException(provider.name() + " sent an unexpected response: " + what, false, null);
    }

    SpeechCallException transportFailure(IOException e) {
        var what = RemoteHttp.timedOut(e)
                ? " did not answer before the timeout"
                : " could not be reached (" + e.getClass().getSimpleName() + ")";
        return new SpeechCallException(provider.name() + what, true, null);
    }

    SpeechCallException failure(int code, @Nullable Duration retryAfter, String body) {
        var name = provider.name();
        var detail = detail(body);
        if (code == 401 || code == 403 || (code == 400 && rejectsKey(body))) {
            if (detail.toLowerCase(Locale.ROOT).contains("quota")) {
                return new SpeechCallException(
                        name + " refused the request: the account's quota is used up (HTTP " + code + ")", false, null);
            }
            return new SpeechCallException(
                    name + " rejected the API key: check " + provider.keyVariable() + " (HTTP " + code + ")",
                    false,
                    null);
        }
        var suffix = detail.isEmpty() ? "" : ": " + detail;
        if (code == 429) {
            return new SpeechCallException(
                    name + " is limiting the request rate (HTTP 429" + suffix + ")", true, retryAfter, null);
        }
        if (RemoteHttp.retryableStatus(code)) {
            return new SpeechCallException(
                    name + " could not answer (HTTP " + code + suffix + ")", true, retryAfter, null);
        }
        return new SpeechCallException(name + " refused the request (HTTP " + code + suffix + ")", false, null);
    }

    private static boolean rejectsKey(String body) {
        return body.contains("API_KEY_INVALID") || body.contains("API key not valid");
    }

    /**
     * The provider's own error text, shortened and scrubbed of the key. Each provider nests it differently: OpenAI and
     * Gemini {@code error.message}, Deepgram {@code err_msg} or {@code message}, ElevenLabs {@code detail.message}
     * (or a list of validation errors under {@code detail}).
     */
    private String detail(String body) {
        String text;
        try {
            var root = mapper.readTree(body);
            text = firstText(
                    root.path("error").path("message"),
                    root.path("err_msg"),
                    root.path("message"),
                    root.path("detail").path("message"),
                    root.path("detail").path(0).path("msg"),
                    root.path("detail"),
                    root.path("error"));
        } catch (JacksonException notJson) {
            text = body.strip().startsWith("<") ? "" : body;
        }
        return RemoteHttp.brief(provider.apiKey().scrub(text));
    }

    private static String firstText(JsonNode... candidates) {
        for (var node : candidates) {
            if (node.isString() && !node.stringValue().isBlank()) {
                return node.stringValue();
            }
        }
        return "";
    }
}
