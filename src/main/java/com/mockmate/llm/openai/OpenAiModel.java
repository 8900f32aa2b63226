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
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final String SCHEMA_NAME = "interviewer_reply";

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
    private final OpenAiReplies replies;
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
        this.replies = new OpenAiReplies(mapper, config, server);
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
        if (structured && OpenAiReplies.rejectsJsonSchema(reply)) {
            if (jsonObjectOnly.compareAndSet(false, true)) {
                log.warn(
                        "{} does not take response_format json_schema (HTTP {}{}): asking for json_object from now on",
                        server,
                        reply.code(),
                        replies.errorDetail(reply.body()));
            }
            reply = post(request, false);
        }
        if (!reply.successful()) {
            throw replies.failure(reply);
        }
        return replies.completion(reply.body());
    }

    private OpenAiReplies.HttpReply post(ModelRequest request, boolean structured) {
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
            return new OpenAiReplies.HttpReply(
                    response.code(), retryAfter, response.body().string());
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
}
