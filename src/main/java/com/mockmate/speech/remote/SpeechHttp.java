package com.mockmate.speech.remote;

import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One remote speech provider's side of HTTP: sends a request through {@link SpeechRetry}, turns every failure into a
 * {@link SpeechCallException} whose message a candidate can read, and keeps the provider's key out of all of them.
 */
public final class SpeechHttp {

    private static final int MAX_DETAIL = 300;

    /** Reads a successful response; an {@link IOException} here is a transport failure like any other. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(ResponseBody body, String contentType) throws IOException;
    }

    /**
     * Who is called and with which key. {@code name} is shown in messages ("Deepgram"), {@code keyVariable} is the
     * environment variable to point the operator at.
     */
    record Provider(String name, String keyVariable, String apiKey) {

        @Override
        public String toString() {
            return "Provider[name=" + name + ", keyVariable=" + keyVariable + "]";
        }
    }

    private final OkHttpClient client;
    private final JsonMapper mapper;
    private final SpeechRetry retry;
    private final Provider provider;

    SpeechHttp(OkHttpClient client, JsonMapper mapper, SpeechRetry retry, Provider provider) {
        this.client = client;
        this.mapper = mapper;
        this.retry = retry;
        this.provider = provider;
    }

    /**
     * One client for all speech providers: OkHttp's own 10 s read timeout would cut off a long recording's
     * transcription, so reads, writes and the whole call get the configured call timeout.
     */
    public static OkHttpClient client(SpeechProperties properties) {
        return new OkHttpClient.Builder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.callTimeout())
                .writeTimeout(properties.callTimeout())
                .callTimeout(properties.callTimeout())
                .build();
    }

    /** 408, 429 and 5xx are worth another attempt; other 4xx are not. */
    static boolean retryableStatus(int code) {
        return code == 408 || code == 429 || code >= 500;
    }

    /**
     * The key, checked before it goes into a header: OkHttp names the offending value in its exception for headers it
     * does not know to be secret (x-goog-api-key, xi-api-key), so a pasted newline would otherwise leak the key.
     */
    String apiKey() {
        var key = provider.apiKey().strip();
        if (key.isEmpty()) {
            throw new SpeechCallException(
                    "The " + provider.name() + " API key is missing: set " + provider.keyVariable(), false, null);
        }
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new SpeechCallException(
                    "The " + provider.name() + " API key contains characters that cannot be sent: check "
                            + provider.keyVariable(),
                    false,
                    null);
        }
        return key;
    }

    <T> T send(Request request, BodyReader<T> reader) {
        return retry.run(provider.name(), () -> sendOnce(request, reader));
    }

    private <T> T sendOnce(Request request, BodyReader<T> reader) {
        try (var response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw failure(response.code(), response.body().string());
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
        var what = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                ? " did not answer before the timeout"
                : " could not be reached (" + e.getClass().getSimpleName() + ")";
        return new SpeechCallException(provider.name() + what, true, null);
    }

    SpeechCallException failure(int code, String body) {
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
            return new SpeechCallException(name + " is limiting the request rate (HTTP 429" + suffix + ")", true, null);
        }
        if (retryableStatus(code)) {
            return new SpeechCallException(name + " could not answer (HTTP " + code + suffix + ")", true, null);
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
        var key = provider.apiKey().strip();
        var scrubbed = key.isEmpty() ? text : text.replace(key, "***");
        var oneLine = scrubbed.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
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
