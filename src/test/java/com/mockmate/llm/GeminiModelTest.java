package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.MAPPER;
import static com.mockmate.llm.LlmFixtures.document;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.gemini.GeminiModel;
import com.mockmate.remote.ApiKey;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import com.mockmate.scoring.Rating;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The Gemini provider against a fake of the real generateContent API: the contract, and what only Gemini does. */
class GeminiModelTest extends ModelProviderContract {

    private static final String KEY = "AIzaSy-test-key-0123456789";

    GeminiModelTest() {
        super("gemini", "gemini-2.5-flash", "Gemini", 1850, 212);
    }

    @Override
    protected InterviewerModel model(OkHttpClient http) {
        return new GeminiModel(
                http,
                new ProviderAccounts.Gemini(ApiKey.of(KEY), server.url("/").toString()),
                new LlmProperties.Gemini("gemini-2.5-flash"),
                MAPPER,
                ReplySchema.load(MAPPER),
                Clock.systemUTC());
    }

    @Override
    protected String reply(String content) {
        return geminiResponse(content);
    }

    @Override
    protected String systemPrompt(JsonNode body) {
        return body.path("systemInstruction").path("parts").path(0).path("text").stringValue();
    }

    @Override
    protected List<String> userMessages(JsonNode body) {
        var messages = new ArrayList<String>();
        for (var content : body.path("contents")) {
            assertThat(content.path("role").stringValue()).isEqualTo("user");
            messages.add(content.path("parts").path(0).path("text").stringValue());
        }
        return messages;
    }

    @Override
    protected JsonNode responseSchema(JsonNode body) {
        return body.path("generationConfig").path("responseSchema");
    }

    @Override
    protected MockResponse rateLimited() {
        return new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "2")
                .body(
                        "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted\",\"status\":\"RESOURCE_EXHAUSTED\"}}")
                .build();
    }

    @Override
    protected String rateLimitedError() {
        return "HTTP 429: Resource has been exhausted";
    }

    @Override
    protected List<MockResponse> serverErrors() {
        return java.util.Collections.nCopies(
                4, json(500, "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\"}}"));
    }

    @Override
    protected String lastServerError() {
        return "HTTP 500: Internal error encountered.";
    }

    @Override
    protected String timeoutError() {
        return "Gemini: no answer before the timeout";
    }

    @Override
    protected MockResponse unauthorised() {
        return json(
                401,
                "{\"error\":{\"code\":401,\"message\":\"Request had invalid credentials.\",\"status\":\"UNAUTHENTICATED\"}}");
    }

    @Override
    protected String unauthorisedReason() {
        return "The Gemini API rejected the request: check GEMINI_API_KEY (HTTP 401)";
    }

    @Override
    protected String key() {
        return KEY;
    }

    static String geminiResponse(String text) {
        var response = MAPPER.createObjectNode();
        var candidate = response.putArray("candidates").addObject();
        var content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", text);
        content.put("role", "model");
        candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        response.putObject("usageMetadata")
                .put("promptTokenCount", 1850)
                .put("candidatesTokenCount", 212)
                .put("totalTokenCount", 2062);
        response.put("modelVersion", "gemini-2.5-flash");
        return MAPPER.writeValueAsString(response);
    }

    @Test
    void sends_one_json_mode_request_with_the_key_only_in_the_header() throws Exception {
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible to other threads"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        var evaluated = (Evaluated) outcome;
        assertThat(evaluated.attempts()).isEqualTo(1);
        assertThat(evaluated.provider()).isEqualTo("gemini");
        assertThat(evaluated.reply().evaluation().technical().rating()).isEqualTo(Rating.GOOD);
        assertThat(evaluated.reply().evaluation().nextAction()).isEqualTo(RequestedAction.FOLLOW_UP);

        var request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(request.getUrl().toString()).doesNotContain(KEY);
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(request.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");

        var body = body(request);
        assertThat(body.path("systemInstruction")
                        .path("parts")
                        .path(0)
                        .path("text")
                        .stringValue())
                .startsWith("# MockMate interviewer, prompt version interviewer-v4");
        assertThat(body.path("contents")).hasSize(1);
        assertThat(body.path("contents").path(0).path("role").stringValue()).isEqualTo("user");
        var generation = body.path("generationConfig");
        assertThat(generation.path("responseMimeType").stringValue()).isEqualTo("application/json");
        assertThat(generation.path("temperature").doubleValue()).isEqualTo(0.2);
        var schema = generation.path("responseSchema");
        assertThat(schema.path("type").stringValue()).isEqualTo("OBJECT");
        assertThat(schema.path("required")).hasSize(2);
        assertThat(schema.toString()).doesNotContain("additionalProperties", "$schema", "$id");
        assertThat(schema.path("properties")
                        .path("evaluation")
                        .path("properties")
                        .path("next_action")
                        .path("enum"))
                .hasSize(3);
    }

    @Test
    void gemini_retry_info_in_the_body_counts_as_retry_after_but_is_capped() {
        server.enqueue(json(429, """
                {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37s"}]}}"""));
        server.enqueue(json(429, """
                {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1.5s"}]}}"""));
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
        assertThat(sleeps).containsExactly(LlmProperties.RETRY_CAP, Duration.ofMillis(1500));
    }

    @Test
    void an_invalid_key_reported_as_bad_request_also_gets_the_key_hint() {
        server.enqueue(json(400, """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                  "status": "INVALID_ARGUMENT", "details": [{"reason": "API_KEY_INVALID"}]}}"""));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(((Failed) outcome).reason())
                .isEqualTo("The Gemini API rejected the request: check GEMINI_API_KEY (HTTP 400)");
    }

    @Test
    void a_blocked_prompt_fails_at_once_with_the_block_reason() {
        server.enqueue(json(
                200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":{\"promptTokenCount\":9}}"));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(((Failed) outcome).reason()).isEqualTo("The Gemini API blocked the prompt (SAFETY)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_reply_stopped_for_safety_fails_at_once() {
        server.enqueue(json(
                200, "{\"candidates\":[{\"content\":{\"parts\":[],\"role\":\"model\"},\"finishReason\":\"SAFETY\"}]}"));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(((Failed) outcome).reason()).isEqualTo("The Gemini API stopped the reply (finishReason SAFETY)");
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.ERROR);
    }

    @Test
    void thought_parts_are_left_out_of_the_reply_text() {
        var response = MAPPER.readTree(geminiResponse(validReplyJson()));
        var parts =
                (ArrayNode) response.path("candidates").path(0).path("content").path("parts");
        parts.insert(
                0,
                MAPPER.createObjectNode()
                        .put("text", "Let me think about volatile...")
                        .put("thought", true));
        server.enqueue(json(200, MAPPER.writeValueAsString(response)));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOf(Evaluated.class);
    }

    @Test
    void a_key_that_cannot_go_into_a_header_is_refused_without_repeating_it() {
        var pasted = new GeminiModel(
                RemoteHttp.client(Duration.ofSeconds(1), Duration.ofSeconds(5)),
                new ProviderAccounts.Gemini(
                        ApiKey.of("AIzaSy-test\nkey-0123456789"),
                        server.url("/").toString()),
                new LlmProperties.Gemini("gemini-2.5-flash"),
                MAPPER,
                ReplySchema.load(MAPPER),
                Clock.systemUTC());

        var outcome = evaluator(pasted, Duration.ofSeconds(5)).evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .isEqualTo("The Gemini API key contains characters that cannot be sent:"
                                        + " check GEMINI_API_KEY"));
        assertThat(server.getRequestCount()).isZero();
    }
}
