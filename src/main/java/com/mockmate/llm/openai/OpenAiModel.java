package com.mockmate.llm.openai;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any server that speaks OpenAI's chat completions ({@code POST {base}/chat/completions}): OpenAI, vLLM, LM Studio,
 * llama.cpp's server, OpenRouter, Groq. Asks for strict structured output with the reply's schema; a server that
 * rejects {@code json_schema} is asked again in plain JSON mode, and a model that rejects the temperature is asked
 * again without one; this model remembers both for the rest of the process. The key travels only in the {@code Authorization} header and is scrubbed from error messages.
 */
public class OpenAiModel implements InterviewerModel {

    private static final String SCHEMA_NAME = "interviewer_reply";

    private static final Logger log = LoggerFactory.getLogger(OpenAiModel.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final double TEMPERATURE = 0.2;

    private final OkHttpClient http;
    private final ProviderAccounts.OpenAi account;
    private final LlmProperties.OpenAi config;
    private final JsonMapper mapper;
    private final ObjectNode responseSchema;
    private final Clock clock;
    private final HttpUrl url;
    private final String server;
    private final OpenAiReplies replies;
    private final AtomicBoolean jsonObjectOnly = new AtomicBoolean();
    private final AtomicBoolean defaultTemperatureOnly;

    public OpenAiModel(
            OkHttpClient http,
            ProviderAccounts.OpenAi account,
            LlmProperties.OpenAi config,
            JsonMapper mapper,
            JsonNode replySchema,
            Clock clock) {
        this.http = http;
        this.account = account;
        this.config = config;
        this.mapper = mapper;
        this.responseSchema = OpenAiSchema.from(replySchema);
        this.clock = clock;
        this.url = HttpUrl.get(account.baseUrl())
                .newBuilder()
                .addPathSegments("chat/completions")
                .build();
        this.server = url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
        this.replies = new OpenAiReplies(mapper, account, config, server);
        this.defaultTemperatureOnly = new AtomicBoolean(takesOnlyTheDefaultTemperature(config.model()));
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
        if (account.needsApiKey() && !account.hasApiKey()) {
            throw new ModelCallException(
                    "The OpenAI-compatible API key is missing: set OPENAI_API_KEY (" + server + " needs one)",
                    false,
                    null,
                    null);
        }
        var reply = post(request);
        if (!jsonObjectOnly.get() && OpenAiReplies.rejectsJsonSchema(reply)) {
            if (jsonObjectOnly.compareAndSet(false, true)) {
                log.warn(
                        "{} does not take response_format json_schema (HTTP {}{}): asking for json_object from now on",
                        server,
                        reply.code(),
                        replies.errorDetail(reply.body()));
            }
            reply = post(request);
        }
        if (!defaultTemperatureOnly.get() && OpenAiReplies.rejectsTemperature(reply)) {
            if (defaultTemperatureOnly.compareAndSet(false, true)) {
                log.warn(
                        "{} does not take temperature {} for {} (HTTP {}{}): leaving it to the model from now on",
                        server,
                        TEMPERATURE,
                        config.model(),
                        reply.code(),
                        replies.errorDetail(reply.body()));
            }
            reply = post(request);
        }
        if (!reply.successful()) {
            throw replies.failure(reply);
        }
        return replies.completion(reply.body());
    }

    /**
     * OpenAI's reasoning models (o1, o3, o4-mini, the gpt-5 family) refuse any temperature but their default with a
     * 400, also behind OpenRouter's {@code openai/} prefix. Other models that refuse it are found by their 400.
     */
    static boolean takesOnlyTheDefaultTemperature(String model) {
        var name = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.matches("o\\d.*") || name.startsWith("gpt-5");
    }

    private OpenAiReplies.HttpReply post(ModelRequest request) {
        return post(request, !jsonObjectOnly.get(), !defaultTemperatureOnly.get());
    }

    private OpenAiReplies.HttpReply post(ModelRequest request, boolean structured, boolean temperature) {
        var call = new Request.Builder()
                .url(url)
                .post(RequestBody.create(mapper.writeValueAsString(body(request, structured, temperature)), JSON));
        if (account.hasApiKey()) {
            call.header("Authorization", "Bearer " + account.apiKey().secret());
        }
        try (var response = http.newCall(call.build()).execute()) {
            var retryAfter = RemoteHttp.retryAfter(response.header("Retry-After"), clock);
            var retryAfterMs = response.header("retry-after-ms");
            if (retryAfter == null
                    && retryAfterMs != null
                    && retryAfterMs.strip().matches("\\d{1,9}")) {
                retryAfter = Duration.ofMillis(Long.parseLong(retryAfterMs.strip()));
            }
            return new OpenAiReplies.HttpReply(
                    response.code(), retryAfter, response.body().string());
        } catch (IOException e) {
            throw ModelCallException.transportFailure(server, e);
        }
    }

    ObjectNode body(ModelRequest request, boolean structured, boolean temperature) {
        var body = mapper.createObjectNode();
        body.put("model", config.model());
        var messages = body.putArray("messages");
        addMessage(messages, "system", request.systemPrompt());
        addMessage(messages, "user", request.userDocument());
        request.repairMessages().forEach(repair -> addMessage(messages, "user", repair));
        if (temperature) {
            body.put("temperature", TEMPERATURE);
        }
        var format = body.putObject("response_format");
        if (structured) {
            format.put("type", "json_schema")
                    .putObject("json_schema")
                    .put(
                            "name",
                            request.format() == null
                                    ? SCHEMA_NAME
                                    : request.format().name())
                    .put("strict", true)
                    .set(
                            "schema",
                            request.format() == null
                                    ? responseSchema
                                    : OpenAiSchema.from(request.format().schema()));
        } else {
            format.put("type", "json_object");
        }
        return body;
    }

    private static void addMessage(ArrayNode messages, String role, String content) {
        messages.addObject().put("role", role).put("content", content);
    }
}
