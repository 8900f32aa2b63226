package com.mockmate.llm.openai;

import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an OpenAI-compatible server's answers mean: the reply text and token counts of a chat completion, and a
 * readable, retryable-or-not failure for everything else. The servers differ most in their error bodies.
 */
final class OpenAiReplies {

    private final JsonMapper mapper;
    private final ProviderAccounts.OpenAi account;
    private final LlmProperties.OpenAi config;
    private final String server;

    OpenAiReplies(JsonMapper mapper, ProviderAccounts.OpenAi account, LlmProperties.OpenAi config, String server) {
        this.mapper = mapper;
        this.account = account;
        this.config = config;
        this.server = server;
    }

    /**
     * Older vLLM, LM Studio and llama.cpp's server answer 400 naming the field they do not understand; servers built on
     * FastAPI answer 422 to a request body they cannot validate.
     */
    static boolean rejectsJsonSchema(HttpReply reply) {
        if (reply.code() != 400 && reply.code() != 422) {
            return false;
        }
        var body = reply.body().toLowerCase(Locale.ROOT);
        return body.contains("response_format") || body.contains("json_schema");
    }

    /** OpenAI's reasoning models answer 400 with {@code "param": "temperature"} to any but the default temperature. */
    static boolean rejectsTemperature(HttpReply reply) {
        return reply.code() == 400 && reply.body().toLowerCase(Locale.ROOT).contains("temperature");
    }

    ModelCompletion completion(String responseText) {
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

    ModelCallException failure(HttpReply reply) {
        var code = reply.code();
        if (code == 401 || code == 403) {
            var hint = account.hasApiKey() ? "check OPENAI_API_KEY" : "set OPENAI_API_KEY";
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
        if (RemoteHttp.retryableStatus(code)) {
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
    String errorDetail(String body) {
        try {
            var root = mapper.readTree(body);
            var error = root.path("error");
            var message = error.isObject()
                    ? error.path("message").asString("")
                    : error.isString()
                            ? error.stringValue()
                            : root.path("message").asString("");
            var brief = RemoteHttp.brief(account.apiKey().scrub(message));
            return brief.isEmpty() ? "" : ": " + brief;
        } catch (JacksonException notJson) {
            return "";
        }
    }

    private static @Nullable Integer count(JsonNode node) {
        return node.isIntegralNumber() ? node.intValue() : null;
    }

    /** A finished HTTP exchange: status, the wait the server asked for, and the body read in full. */
    record HttpReply(int code, @Nullable Duration retryAfter, String body) {

        boolean successful() {
            return code >= 200 && code < 300;
        }
    }
}
