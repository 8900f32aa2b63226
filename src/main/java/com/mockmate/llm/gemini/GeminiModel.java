package com.mockmate.llm.gemini;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google's Gemini API ({@code generateContent}) in JSON mode with a response schema. The key travels only in the
 * {@code x-goog-api-key} header: never in the URL, never in a message.
 */
public class GeminiModel implements InterviewerModel {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final double TEMPERATURE = 0.2;
    private static final Set<String> BLOCKED_FINISH =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    private final OkHttpClient http;
    private final ProviderAccounts.Gemini account;
    private final LlmProperties.Gemini config;
    private final JsonMapper mapper;
    private final ObjectNode responseSchema;
    private final Clock clock;
    private final HttpUrl url;

    public GeminiModel(
            OkHttpClient http,
            ProviderAccounts.Gemini account,
            LlmProperties.Gemini config,
            JsonMapper mapper,
            JsonNode replySchema,
            Clock clock) {
        this.http = http;
        this.account = account;
        this.config = config;
        this.mapper = mapper;
        this.responseSchema = GeminiSchema.from(replySchema);
        this.clock = clock;
        this.url = HttpUrl.get(account.baseUrl())
                .newBuilder()
                .addPathSegments("v1beta/models")
                .addPathSegment(config.model().replaceFirst("^models/", "") + ":generateContent")
                .build();
    }

    @Override
    public String provider() {
        return "gemini";
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public ModelCompletion complete(ModelRequest request) {
        if (!account.hasApiKey()) {
            throw new ModelCallException("The Gemini API key is missing: set GEMINI_API_KEY", false, null, null);
        }
        if (!account.apiKey().fitsInAHeader()) {
            throw new ModelCallException(
                    "The Gemini API key contains characters that cannot be sent: check GEMINI_API_KEY",
                    false,
                    null,
                    null);
        }
        var call = new Request.Builder()
                .url(url)
                .header("x-goog-api-key", account.apiKey().secret())
                .post(RequestBody.create(mapper.writeValueAsString(body(request)), JSON))
                .build();
        try (var response = http.newCall(call).execute()) {
            var text = response.body().string();
            if (!response.isSuccessful()) {
                throw failure(response.code(), response.header("Retry-After"), text);
            }
            return completion(text);
        } catch (IOException e) {
            throw ModelCallException.transportFailure("Gemini", e);
        }
    }

    ObjectNode body(ModelRequest request) {
        var body = mapper.createObjectNode();
        body.putObject("systemInstruction").putArray("parts").addObject().put("text", request.systemPrompt());
        var contents = body.putArray("contents");
        addUserContent(contents.addObject(), request.userDocument());
        request.repairMessages().forEach(repair -> addUserContent(contents.addObject(), repair));
        var generation = body.putObject("generationConfig");
        generation.put("responseMimeType", "application/json");
        generation.set(
                "responseSchema",
                request.format() == null
                        ? responseSchema
                        : GeminiSchema.from(request.format().schema()));
        generation.put("temperature", TEMPERATURE);
        return body;
    }

    private static void addUserContent(ObjectNode content, String text) {
        content.put("role", "user");
        content.putArray("parts").addObject().put("text", text);
    }

    private ModelCompletion completion(String responseText) {
        JsonNode root;
        try {
            root = mapper.readTree(responseText);
        } catch (JacksonException e) {
            throw new ModelCallException("Gemini: unreadable response body", true, null, e);
        }
        var blockReason = root.path("promptFeedback").path("blockReason");
        if (blockReason.isString()) {
            throw new ModelCallException(
                    "The Gemini API blocked the prompt (" + blockReason.stringValue() + ")", false, null, null);
        }
        var candidate = root.path("candidates").path(0);
        var finishReason = candidate.path("finishReason").asString("");
        if (BLOCKED_FINISH.contains(finishReason)) {
            throw new ModelCallException(
                    "The Gemini API stopped the reply (finishReason " + finishReason + ")", false, null, null);
        }
        var text = new StringBuilder();
        for (var part : candidate.path("content").path("parts")) {
            if (!part.path("thought").asBoolean(false) && part.path("text").isString()) {
                text.append(part.path("text").stringValue());
            }
        }
        var usage = root.path("usageMetadata");
        return new ModelCompletion(
                text.toString(), count(usage.path("promptTokenCount")), count(usage.path("candidatesTokenCount")));
    }

    private ModelCallException failure(int code, @Nullable String retryAfterHeader, String body) {
        if (code == 401 || code == 403 || (code == 400 && rejectsKey(body))) {
            return new ModelCallException(
                    "The Gemini API rejected the request: check GEMINI_API_KEY (HTTP " + code + ")", false, null, null);
        }
        if (code == 404) {
            return new ModelCallException(
                    "The Gemini API does not know the model '" + config.model() + "': check GEMINI_MODEL (HTTP 404)",
                    false,
                    null,
                    null);
        }
        var detail = errorDetail(body);
        if (RemoteHttp.retryableStatus(code)) {
            var wait = RemoteHttp.retryAfter(retryAfterHeader, clock);
            return new ModelCallException("HTTP " + code + detail, true, wait != null ? wait : retryDelay(body), null);
        }
        return new ModelCallException(
                "The Gemini API rejected the request (HTTP " + code + detail + ")", false, null, null);
    }

    private static boolean rejectsKey(String body) {
        return body.contains("API_KEY_INVALID")
                || body.contains("API key not valid")
                || body.contains("API key expired");
    }

    /** Google's error.message, shortened, and scrubbed of the key should an error ever echo it. */
    private String errorDetail(String body) {
        try {
            var message = mapper.readTree(body).path("error").path("message").asString("");
            var brief = RemoteHttp.brief(account.apiKey().scrub(message));
            return brief.isEmpty() ? "" : ": " + brief;
        } catch (JacksonException notJson) {
            return "";
        }
    }

    /** google.rpc.RetryInfo in a 429 body, e.g. {"retryDelay": "37s"}. */
    private @Nullable Duration retryDelay(String body) {
        try {
            for (var detail : mapper.readTree(body).path("error").path("details")) {
                var delay = detail.path("retryDelay").asString("");
                if (delay.endsWith("s")) {
                    var seconds = new BigDecimal(delay.substring(0, delay.length() - 1));
                    return Duration.ofMillis(seconds.movePointRight(3).longValue());
                }
            }
        } catch (JacksonException | NumberFormatException unreadable) {
            return null;
        }
        return null;
    }

    private static @Nullable Integer count(JsonNode node) {
        return node.isIntegralNumber() ? node.intValue() : null;
    }
}
