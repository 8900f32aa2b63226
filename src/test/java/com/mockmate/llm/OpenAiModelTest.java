package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.MAPPER;
import static com.mockmate.llm.LlmFixtures.document;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.openai.OpenAiModel;
import com.mockmate.remote.ApiKey;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import com.mockmate.scoring.Rating;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-compatible provider against a fake of the real {@code /v1/chat/completions} endpoint (OpenAI's replies,
 * and the error bodies of vLLM, LM Studio and llama.cpp's server): the contract, and what only this provider does.
 */
class OpenAiModelTest extends ModelProviderContract {

    private static final String KEY = "sk-proj-test-key-0123456789";
    private static final String MODEL = "gpt-4.1-mini";

    OpenAiModelTest() {
        super("openai", MODEL, "OpenAI-compatible", 1734, 198);
    }

    @Override
    protected InterviewerModel model(OkHttpClient http) {
        return model(http, KEY, baseUrl(), MODEL);
    }

    private static OpenAiModel model(OkHttpClient http, String apiKey, String baseUrl, String model) {
        return new OpenAiModel(
                http,
                new ProviderAccounts.OpenAi(ApiKey.of(apiKey), baseUrl),
                new LlmProperties.OpenAi(model),
                MAPPER,
                ReplySchema.load(MAPPER),
                Clock.systemUTC());
    }

    private static OpenAiModel model(String apiKey, String baseUrl, String model) {
        return model(RemoteHttp.client(Duration.ofSeconds(1), Duration.ofSeconds(5)), apiKey, baseUrl, model);
    }

    private String baseUrl() {
        return server.url("/v1").toString();
    }

    @Override
    protected String reply(String content) {
        return chatCompletion(content);
    }

    @Override
    protected String systemPrompt(JsonNode body) {
        return chatSystemPrompt(body);
    }

    @Override
    protected List<String> userMessages(JsonNode body) {
        return chatUserMessages(body);
    }

    @Override
    protected JsonNode responseSchema(JsonNode body) {
        return body.path("response_format").path("json_schema").path("schema");
    }

    @Override
    protected MockResponse rateLimited() {
        return new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", "2")
                .body(openAiError(
                        "Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3.",
                        "requests",
                        null,
                        "rate_limit_exceeded"))
                .build();
    }

    @Override
    protected String rateLimitedError() {
        return "HTTP 429: Rate limit reached";
    }

    @Override
    protected List<MockResponse> serverErrors() {
        return List.of(
                json(
                        500,
                        openAiError(
                                "The server had an error while processing your request.", "server_error", null, null)),
                json(502, "{\"error\":{\"message\":\"Bad gateway.\",\"type\":\"cf_bad_gateway\"}}"),
                json(503, "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}"),
                json(503, "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}"));
    }

    @Override
    protected String lastServerError() {
        return "HTTP 503: Loading model";
    }

    @Override
    protected String timeoutError() {
        return server.getHostName() + ":" + server.getPort() + ": no answer before the timeout";
    }

    @Override
    protected MockResponse unauthorised() {
        return json(
                401,
                openAiError(
                        "Incorrect API key provided: " + KEY + ". You can find your API key at"
                                + " https://platform.openai.com/account/api-keys.",
                        "invalid_request_error",
                        null,
                        "invalid_api_key"));
    }

    @Override
    protected String unauthorisedReason() {
        return "The OpenAI-compatible server at " + server.getHostName() + ":" + server.getPort()
                + " rejected the request: check OPENAI_API_KEY (HTTP 401)";
    }

    @Override
    protected String key() {
        return KEY;
    }

    static String chatCompletion(String content) {
        var response = MAPPER.createObjectNode();
        response.put("id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        response.put("object", "chat.completion");
        response.put("created", 1741569952);
        response.put("model", "gpt-4.1-mini-2025-04-14");
        var choice = response.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message")
                .put("role", "assistant")
                .put("content", content)
                .putNull("refusal")
                .putArray("annotations");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        response.putObject("usage")
                .put("prompt_tokens", 1734)
                .put("completion_tokens", 198)
                .put("total_tokens", 1932);
        response.put("service_tier", "default");
        response.put("system_fingerprint", "fp_6b68a8204b");
        return MAPPER.writeValueAsString(response);
    }

    private static String openAiError(String message, String type, @Nullable String param, @Nullable String code) {
        var error = MAPPER.createObjectNode();
        error.putObject("error")
                .put("message", message)
                .put("type", type)
                .put("param", param)
                .put("code", code);
        return MAPPER.writeValueAsString(error);
    }

    private static String responseFormat(RecordedRequest request) {
        return body(request).path("response_format").path("type").stringValue();
    }

    @Test
    void sends_a_chat_completion_with_the_strict_reply_schema_and_the_key_only_as_a_bearer_token() throws Exception {
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible to other threads"));

        assertThat(outcome).isInstanceOfSatisfying(Evaluated.class, e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.provider()).isEqualTo("openai");
            assertThat(e.model()).isEqualTo(MODEL);
            assertThat(e.reply().evaluation().technical().rating()).isEqualTo(Rating.GOOD);
            assertThat(e.reply().evaluation().nextAction()).isEqualTo(RequestedAction.FOLLOW_UP);
        });
        var request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        var body = body(request);
        assertThat(body.path("model").stringValue()).isEqualTo(MODEL);
        assertThat(body.path("temperature").doubleValue()).isEqualTo(0.2);
        assertThat(body.toString()).doesNotContain(KEY);
        var messages = body.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.path(0).path("role").stringValue()).isEqualTo("system");
        assertThat(messages.path(0).path("content").stringValue())
                .startsWith("# MockMate interviewer, prompt version interviewer-v4");
        assertThat(messages.path(1).path("role").stringValue()).isEqualTo("user");
        var format = body.path("response_format");
        assertThat(format.path("type").stringValue()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").stringValue()).isEqualTo("interviewer_reply");
        assertThat(format.path("json_schema").path("strict").booleanValue()).isTrue();
        var schema = format.path("json_schema").path("schema");
        assertThat(schema.path("type").stringValue()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
        assertThat(schema.path("required")).hasSize(2);
        assertThat(schema.toString()).doesNotContain("$schema", "$id", "minLength", "maxLength", "maxItems");
        var evaluation = schema.path("properties").path("evaluation");
        assertThat(evaluation.path("required")).hasSize(7);
        assertThat(evaluation
                        .path("properties")
                        .path("technical")
                        .path("additionalProperties")
                        .booleanValue())
                .isFalse();
        assertThat(evaluation.path("properties").path("next_action").path("enum"))
                .hasSize(3);
        var technical = evaluation.path("properties").path("technical");
        assertThat(technical.path("required").toString())
                .as("strict mode wants every property required, the optional evidence included")
                .isEqualTo("[\"rating\",\"justification\",\"evidence\"]");
        assertThat(technical.path("properties").path("evidence").path("type").stringValue())
                .isEqualTo("array");
        assertThat(callLog.calls()).singleElement().satisfies(call -> {
            assertThat(call.getProvider()).isEqualTo("openai");
            assertThat(call.getModel()).isEqualTo(MODEL);
            assertThat(call.getPromptTokens()).isEqualTo(1734);
            assertThat(call.getCompletionTokens()).isEqualTo(198);
        });
    }

    @Test
    void a_local_server_without_a_key_gets_no_authorization_header() throws Exception {
        enqueueReply(validReplyJson());

        var outcome = evaluator(model("", baseUrl(), MODEL), Duration.ofSeconds(5))
                .evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        assertThat(take().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void openais_retry_after_ms_counts_when_there_is_no_retry_after() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("retry-after-ms", "1500")
                .body(openAiError("Rate limit reached", "tokens", null, "rate_limit_exceeded"))
                .build());
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void a_malformed_response_body_is_retried() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><body>upstream connect error</body></html>")
                .build());
        server.enqueue(json(200, "{\"id\":\"gen-1\",\"choices\":[]}"));
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Evaluated.class, e -> assertThat(e.attempts()).isEqualTo(3));
        assertThat(callLog.outcomes())
                .containsExactly(CallOutcome.RETRYABLE_ERROR, CallOutcome.RETRYABLE_ERROR, CallOutcome.OK);
        assertThat(callLog.calls().getFirst().getErrorMessage()).endsWith(": unreadable response body");
        assertThat(callLog.calls().get(1).getErrorMessage()).endsWith(": a reply without choices");
    }

    @Test
    void a_missing_key_for_api_openai_com_fails_at_once_without_a_request() {
        var model = model("", "https://api.openai.com/v1", MODEL);

        var outcome = evaluator(model, Duration.ofSeconds(5)).evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .isEqualTo("The OpenAI-compatible API key is missing: set OPENAI_API_KEY"
                                        + " (api.openai.com needs one)"));
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.ERROR);
    }

    @Test
    void a_server_without_json_schema_support_is_asked_again_in_json_object_mode_once_per_process() throws Exception {
        // vLLM before structured outputs: FastAPI's validation error for the unknown response_format type
        server.enqueue(json(400, """
                {"object": "error", "message": "[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'),\
                 'msg': \\"Input should be 'text' or 'json_object'\\", 'input': 'json_schema'}]",\
                 "type": "BadRequestError", "param": null, "code": 400}"""));
        enqueueReply(validReplyJson());
        enqueueReply(validReplyJson());
        var model = model(KEY, baseUrl(), MODEL);
        var evaluator = evaluator(model, Duration.ofSeconds(5));

        var first = evaluator.evaluate(document("volatile makes writes visible"));
        var second = evaluator.evaluate(document("volatile also orders the writes"));

        assertThat(first)
                .isInstanceOfSatisfying(
                        Evaluated.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(second)
                .isInstanceOfSatisfying(
                        Evaluated.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(responseFormat(take())).isEqualTo("json_schema");
        var fallback = take();
        assertThat(responseFormat(fallback)).isEqualTo("json_object");
        assertThat(body(fallback).path("response_format").has("json_schema")).isFalse();
        assertThat(body(fallback).path("messages")).hasSize(2);
        assertThat(responseFormat(take())).isEqualTo("json_object");
        assertThat(sleeps).isEmpty();
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.OK, CallOutcome.OK);
    }

    @Test
    void llama_cpp_and_lm_studio_rejections_of_json_schema_also_switch_to_json_object() throws Exception {
        server.enqueue(json(
                400,
                "{\"error\":{\"code\":400,\"message\":\"Unsupported response_format type: json_schema\","
                        + "\"type\":\"invalid_request_error\"}}"));
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        take();
        assertThat(responseFormat(take())).isEqualTo("json_object");
    }

    @Test
    void a_server_that_rejects_json_object_too_fails_with_its_reason() {
        server.enqueue(json(400, "{\"error\":\"'response_format.type' must be 'json_schema' or 'text'\"}"));
        server.enqueue(json(400, "{\"error\":\"'response_format.type' must be 'json_schema' or 'text'\"}"));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .isEqualTo("The OpenAI-compatible server at " + server.getHostName() + ":"
                                        + server.getPort() + " rejected the request (HTTP 400: 'response_format.type'"
                                        + " must be 'json_schema' or 'text')"));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.ERROR);
    }

    @Test
    void other_bad_requests_fail_at_once_and_keep_json_schema() throws Exception {
        server.enqueue(json(
                400,
                openAiError(
                        "This model's maximum context length is 8192 tokens. However, your messages resulted in 9120"
                                + " tokens.",
                        "invalid_request_error",
                        "messages",
                        "context_length_exceeded")));
        enqueueReply(validReplyJson());
        var model = model(KEY, baseUrl(), MODEL);

        var failed = evaluator(model, Duration.ofSeconds(5)).evaluate(document("volatile makes writes visible"));
        evaluator(model, Duration.ofSeconds(5)).evaluate(document("volatile makes writes visible"));

        assertThat(failed)
                .isInstanceOfSatisfying(
                        Failed.class,
                        f -> assertThat(f.reason())
                                .contains("(HTTP 400: This model's maximum context length is 8192 tokens."));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(responseFormat(take())).isEqualTo("json_schema");
        assertThat(responseFormat(take())).isEqualTo("json_schema");
    }

    @Test
    void an_unknown_model_fails_at_once_with_a_hint_about_the_model_and_the_version_path() {
        server.enqueue(json(
                404,
                openAiError(
                        "The model `gpt-4.1-mini` does not exist or you do not have access to it.",
                        "invalid_request_error",
                        null,
                        "model_not_found")));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .contains(
                                        "does not know the model 'gpt-4.1-mini' or the path: check OPENAI_MODEL,"
                                                + " and that OPENAI_BASE_URL ends with the version path such as /v1 (HTTP 404"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_refusal_fails_at_once_without_quoting_it() {
        var response = (ObjectNode) MAPPER.readTree(chatCompletion(""));
        ((ObjectNode) response.path("choices").path(0).path("message"))
                .putNull("content")
                .put("refusal", "I'm sorry, I cannot assist with that request.");
        server.enqueue(json(200, MAPPER.writeValueAsString(response)));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .startsWith("The model at ")
                                .endsWith(" refused to evaluate the answer"));
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"o1", "o3-mini", "o4-mini", "gpt-5", "gpt-5-mini", "openai/gpt-5-nano", "openai/o3"})
    void reasoning_models_are_sent_no_temperature(String reasoningModel) throws Exception {
        enqueueReply(validReplyJson());

        var outcome = evaluator(model(KEY, baseUrl(), reasoningModel), Duration.ofSeconds(5))
                .evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        assertThat(body(take()).has("temperature")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4.1-mini", "gpt-4o", "qwen2.5-7b-instruct", "meta-llama/llama-3.3-70b-instruct"})
    void other_models_are_sent_the_low_temperature(String chatModel) throws Exception {
        enqueueReply(validReplyJson());

        evaluator(model(KEY, baseUrl(), chatModel), Duration.ofSeconds(5))
                .evaluate(document("volatile makes writes visible"));

        assertThat(body(take()).path("temperature").doubleValue()).isEqualTo(0.2);
    }

    @Test
    void a_model_that_rejects_the_temperature_is_asked_again_without_it_once_per_process() throws Exception {
        server.enqueue(json(
                400,
                openAiError(
                        "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1)"
                                + " value is supported.",
                        "invalid_request_error",
                        "temperature",
                        "unsupported_value")));
        enqueueReply(validReplyJson());
        enqueueReply(validReplyJson());
        var evaluator = evaluator(model(KEY, baseUrl(), "my-reasoning-fine-tune"), Duration.ofSeconds(5));

        var first = evaluator.evaluate(document("volatile makes writes visible"));
        var second = evaluator.evaluate(document("volatile also orders the writes"));

        assertThat(first)
                .isInstanceOfSatisfying(
                        Evaluated.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(second).isInstanceOf(Evaluated.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(body(take()).path("temperature").doubleValue()).isEqualTo(0.2);
        var again = body(take());
        assertThat(again.has("temperature")).isFalse();
        assertThat(again.path("response_format").path("type").stringValue()).isEqualTo("json_schema");
        assertThat(body(take()).has("temperature")).isFalse();
        assertThat(sleeps).isEmpty();
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.OK, CallOutcome.OK);
    }
}
