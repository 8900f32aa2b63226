package com.mockmate.llm.openai;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.llm.ProviderHttp;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any server that speaks OpenAI's chat completions ({@code POST {base}/chat/completions}): OpenAI, vLLM, LM Studio,
 * llama.cpp's server, OpenRouter, Groq. Asks for strict structured output with the reply's schema; a server that
 * rejects {@code json_schema} is asked again in plain JSON mode, and this model remembers that for the rest of the
 * process. The key travels only in the {@code Authorization} header and is scrubbed from error messages.
 */
public class OpenAiModel implements InterviewerModel {

    static final String SCHEMA_NAME = "interviewer_reply";

    private static final Logger log = LoggerFactory.getLogger(OpenAiModel.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final double TEMPERATURE = 0.2;

    private final OkHttpClient http;
    private final LlmProperties.OpenAi config;
    private final JsonMapper mapper;
    private final ObjectNode responseSchema;
    private final Clock clock;
    private final HttpUrl url;
    private final String server;
    private final AtomicBoolean jsonObjectOnly = new AtomicBoolean();

    public OpenAiModel(
            OkHttpClient http, LlmProperties.OpenAi config, JsonMapper mapper, JsonNode replySchema, Clock clock) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
        this.responseSchema = OpenAiSchema.from(replySchema);
        this.clock = clock;
        this.url = HttpUrl.get(config.baseUrl())
                .newBuilder()
                .addPathSegments("chat/completions")
                .build();
        this.server = url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public ModelCompletion complete(ModelRequest request) {
        if (config.needsApiKey() && !config.hasApiKey()) {
            throw new ModelCallException(
                    "The OpenAI-compatible API key is missing: set OPENAI_API_KEY (" + server + " needs one)",
                    false,
                    null,
                    null);
        }
        var structured = !jsonObjectOnly.get();
        var reply = post(request, structured);
        if (structured && rejectsJsonSchema(reply)) {
            if (jsonObjectOnly.compareAndSet(false, true)) {
                log.warn(
                        "{} does not take response_format json_schema (HTTP {}{}): asking for json_object from now on",
                        server,
                        reply.code(),
                        errorDetail(reply.body()));
            }
            reply = post(request, false);
        }
        if (!reply.successful()) {
            throw failure(reply);
        }
        return completion(reply.body());
    }

    /** True once the server has rejected json_schema; later calls go straight to json_object. */
    boolean usesJsonObjectMode() {
        return jsonObjectOnly.get();
    }

    private HttpReply post(ModelRequest request, boolean structured) {
        var call = new Request.Builder()
                .url(url)
                .post(RequestBody.create(mapper.writeValueAsString(body(request, structured)), JSON));
        if (config.hasApiKey()) {
            call.header("Authorization", "Bearer " + config.apiKey());
        }
        try (var response = http.newCall(call.build()).execute()) {
            var retryAfter = ProviderHttp.retryAfter(response.header("Retry-After"), clock);
            var retryAfterMs = response.header("retry-after-ms");
            if (retryAfter == null
                    && retryAfterMs != null
                    && retryAfterMs.strip().matches("\\d{1,9}")) {
                retryAfter = Duration.ofMillis(Long.parseLong(retryAfterMs.strip()));
            }
            return new HttpReply(response.code(), retryAfter, response.body().string());
        } catch (IOException e) {
            throw ProviderHttp.transportFailure(server, e);
        }
    }

    ObjectNode body(ModelRequest request, boolean structured) {
        var body = mapper.createObjectNode();
        body.put("model", config.model());
        var messages = body.putArray("messages");
        addMessage(messages, "system", request.systemPrompt());
        addMessage(messages, "user", request.userDocument());
        request.repairMessages().forEach(repair -> addMessage(messages, "user", repair));
        body.put("temperature", TEMPERATURE);
        var format = body.putObject("response_format");
        if (structured) {
            format.put("type", "json_schema")
                    .putObject("json_schema")
                    .put("name", SCHEMA_NAME)
                    .put("strict", true)
                    .set("schema", responseSchema);
        } else {
            format.put("type", "json_object");
        }
        return body;
    }

    private static void addMessage(ArrayNode messages, String role, String content) {
        messages.addObject().put("role", role).put("content", content);
    }

    /** Older vLLM, LM Studio and llama.cpp's server answer 400 naming the field they do not understand. */
    private static boolean rejectsJsonSchema(HttpReply reply) {
        if (reply.code() != 400 && reply.code() != 422) {
            return false;
        }
        var body = reply.body().toLowerCase(Locale.ROOT);
        return body.contains("response_format") || body.contains("json_schema");
    }

    private ModelCompletion completion(String responseText) {
        JsonNode root;
        try {
            root = mapper.readTree(responseText);
        } catch (JacksonException e) {
            throw new ModelCallException(server + ": unreadable response body", true, null, e);
        }
        var choice = root.path("choices").path(0);
        var message = choice.path("message");
        if (!message.isObject()) {
            throw new ModelCallException(
                    server + ": a reply without choices" + errorDetail(responseText), true, null, null);
        }
        if (message.path("refusal").isString()
                && !message.path("refusal").stringValue().isBlank()) {
            throw new ModelCallException(
                    "The model at " + server + " refused to evaluate the answer", false, null, null);
        }
        if ("content_filter".equals(choice.path("finish_reason").asString(""))) {
            throw new ModelCallException(
                    "The model at " + server + " stopped the reply (finish_reason content_filter)", false, null, null);
        }
        var usage = root.path("usage");
        return new ModelCompletion(
                message.path("content").asString(""),
                count(usage.path("prompt_tokens")),
                count(usage.path("completion_tokens")));
    }

    private ModelCallException failure(HttpReply reply) {
        var code = reply.code();
        if (code == 401 || code == 403) {
            var hint = config.hasApiKey() ? "check OPENAI_API_KEY" : "set OPENAI_API_KEY";
            return new ModelCallException(
                    "The OpenAI-compatible server at " + server + " rejected the request: " + hint + " (HTTP " + code
                            + ")",
                    false,
                    null,
                    null);
        }
        var detail = errorDetail(reply.body());
        if (code == 404) {
            return new ModelCallException(
                    "The OpenAI-compatible server at " + server + " does not know the model '" + config.model()
                            + "' or the path: check OPENAI_MODEL, and that OPENAI_BASE_URL ends with the version path"
                            + " such as /v1 (HTTP 404" + detail + ")",
                    false,
                    null,
                    null);
        }
        if (ProviderHttp.retryableStatus(code)) {
            return new ModelCallException("HTTP " + code + detail, true, reply.retryAfter(), null);
        }
        return new ModelCallException(
                "The OpenAI-compatible server at " + server + " rejected the request (HTTP " + code + detail + ")",
                false,
                null,
                null);
    }

    /**
     * The server's error text, shortened and scrubbed of the key: OpenAI, llama.cpp and OpenRouter send
     * {@code error.message}, LM Studio a plain {@code error} string, older vLLM a top-level {@code message}.
     */
    private String errorDetail(String body) {
        try {
            var root = mapper.readTree(body);
            var error = root.path("error");
            var message = error.isObject()
                    ? error.path("message").asString("")
                    : error.isString()
                            ? error.stringValue()
                            : root.path("message").asString("");
            var scrubbed = config.hasApiKey() ? message.replace(config.apiKey(), "***") : message;
            var brief = ProviderHttp.brief(scrubbed);
            return brief.isEmpty() ? "" : ": " + brief;
        } catch (JacksonException notJson) {
            return "";
        }
    }

    private static @Nullable Integer count(JsonNode node) {
        return node.isIntegralNumber() ? node.intValue() : null;
    }

    private record HttpReply(int code, @Nullable Duration retryAfter, String body) {

        boolean successful() {
            return code >= 200 && code < 300;
        }
    }
}
