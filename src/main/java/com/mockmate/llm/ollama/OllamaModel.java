package com.mockmate.llm.ollama;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.remote.RemoteHttp;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A local Ollama server ({@code /api/chat}, no streaming) with the reply's JSON Schema as structured-output format. */
public class OllamaModel implements InterviewerModel {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final double TEMPERATURE = 0.2;
    /** Ollama's default context (2–4k tokens) would silently cut the system prompt; prompt + document + reply fit 8k. */
    private static final int CONTEXT_TOKENS = 8192;

    private final OkHttpClient http;
    private final LlmProperties.Ollama config;
    private final JsonMapper mapper;
    private final JsonNode format;
    private final Clock clock;
    private final HttpUrl baseUrl;

    public OllamaModel(
            OkHttpClient http, LlmProperties.Ollama config, JsonMapper mapper, JsonNode replySchema, Clock clock) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
        this.format = replySchema;
        this.clock = clock;
        this.baseUrl = HttpUrl.get(config.baseUrl());
    }

    @Override
    public String provider() {
        return "ollama";
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public ModelCompletion complete(ModelRequest request) {
        var call = new Request.Builder()
                .url(endpoint("api/chat"))
                .post(RequestBody.create(mapper.writeValueAsString(body(request)), JSON))
                .build();
        try (var response = http.newCall(call).execute()) {
            var text = response.body().string();
            if (!response.isSuccessful()) {
                throw failure(response.code(), response.header("Retry-After"), text);
            }
            return completion(text);
        } catch (IOException e) {
            throw ModelCallException.transportFailure("Ollama", e);
        }
    }

    /** True when the server lists its models within {@code timeout}; used by the start-up selection. */
    public boolean reachable(Duration timeout) {
        var quick =
                http.newBuilder().connectTimeout(timeout).callTimeout(timeout).build();
        var call = new Request.Builder().url(endpoint("api/tags")).get().build();
        try (var response = quick.newCall(call).execute()) {
            return response.isSuccessful();
        } catch (IOException unreachable) {
            return false;
        }
    }

    ObjectNode body(ModelRequest request) {
        var body = mapper.createObjectNode();
        body.put("model", config.model());
        body.put("stream", false);
        body.set("format", request.format() == null ? format : request.format().schema());
        var messages = body.putArray("messages");
        addMessage(messages, "system", request.systemPrompt());
        addMessage(messages, "user", request.userDocument());
        request.repairMessages().forEach(repair -> addMessage(messages, "user", repair));
        body.putObject("options").put("temperature", TEMPERATURE).put("num_ctx", CONTEXT_TOKENS);
        return body;
    }

    private static void addMessage(ArrayNode messages, String role, String content) {
        messages.addObject().put("role", role).put("content", content);
    }

    private ModelCompletion completion(String responseText) {
        JsonNode root;
        try {
            root = mapper.readTree(responseText);
        } catch (JacksonException e) {
            throw new ModelCallException("Ollama: unreadable response body", true, null, e);
        }
        return new ModelCompletion(
                root.path("message").path("content").asString(""),
                count(root.path("prompt_eval_count")),
                count(root.path("eval_count")));
    }

    private ModelCallException failure(int code, @Nullable String retryAfterHeader, String body) {
        var detail = errorDetail(body);
        if (code == 404) {
            return new ModelCallException(
                    "Ollama does not have the model '" + config.model() + "': run `ollama pull " + config.model()
                            + "` or set OLLAMA_MODEL (HTTP 404" + detail + ")",
                    false,
                    null,
                    null);
        }
        if (RemoteHttp.retryableStatus(code)) {
            return new ModelCallException(
                    "HTTP " + code + detail, true, RemoteHttp.retryAfter(retryAfterHeader, clock), null);
        }
        return new ModelCallException("Ollama rejected the request (HTTP " + code + detail + ")", false, null, null);
    }

    private String errorDetail(String body) {
        try {
            var brief = RemoteHttp.brief(mapper.readTree(body).path("error").asString(""));
            return brief.isEmpty() ? "" : ": " + brief;
        } catch (JacksonException notJson) {
            return "";
        }
    }

    private HttpUrl endpoint(String path) {
        return baseUrl.newBuilder().addPathSegments(path).build();
    }

    private static @Nullable Integer count(JsonNode node) {
        return node.isIntegralNumber() ? node.intValue() : null;
    }
}
