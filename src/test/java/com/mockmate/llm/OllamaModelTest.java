package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.MAPPER;
import static com.mockmate.llm.LlmFixtures.document;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.ollama.OllamaModel;
import com.mockmate.remote.RemoteHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Ollama provider against a fake of the real /api/chat endpoint: the contract, and what only Ollama does. */
class OllamaModelTest extends ModelProviderContract {

    OllamaModelTest() {
        super("ollama", "qwen2.5:3b-instruct", "Ollama", 1620, 240);
    }

    @Override
    protected InterviewerModel model(OkHttpClient http) {
        return model(server.url("/").toString(), http);
    }

    private static OllamaModel model(String baseUrl, OkHttpClient http) {
        return new OllamaModel(
                http,
                new LlmProperties.Ollama(baseUrl, "qwen2.5:3b-instruct"),
                MAPPER,
                ReplySchema.load(MAPPER),
                Clock.systemUTC());
    }

    private static OllamaModel model(String baseUrl, Duration callTimeout) {
        return model(baseUrl, RemoteHttp.client(Duration.ofSeconds(1), callTimeout));
    }

    @Override
    protected String reply(String content) {
        return ollamaResponse(content);
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
        return body.path("format");
    }

    @Override
    protected MockResponse rateLimited() {
        return new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "2")
                .body("{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}")
                .build();
    }

    @Override
    protected String rateLimitedError() {
        return "HTTP 429: server busy, please try again. maximum pending requests exceeded";
    }

    @Override
    protected List<MockResponse> serverErrors() {
        return Collections.nCopies(4, json(500, "{\"error\":\"llama runner process has terminated: signal: killed\"}"));
    }

    @Override
    protected String lastServerError() {
        return "HTTP 500: llama runner process has terminated: signal: killed";
    }

    @Override
    protected String timeoutError() {
        return "Ollama: no answer before the timeout";
    }

    /** Ollama takes no key; a reverse proxy in front of it may still refuse the request. */
    @Override
    protected MockResponse unauthorised() {
        return json(401, "{\"error\":\"unauthorized\"}");
    }

    @Override
    protected String unauthorisedReason() {
        return "Ollama rejected the request (HTTP 401: unauthorized)";
    }

    @Override
    protected @Nullable String key() {
        return null;
    }

    static String ollamaResponse(String content) {
        var response = MAPPER.createObjectNode();
        response.put("model", "qwen2.5:3b-instruct");
        response.put("created_at", "2026-01-05T10:00:00.000000Z");
        response.putObject("message").put("role", "assistant").put("content", content);
        response.put("done_reason", "stop");
        response.put("done", true);
        response.put("total_duration", 4_812_000_000L);
        response.put("prompt_eval_count", 1620);
        response.put("eval_count", 240);
        return MAPPER.writeValueAsString(response);
    }

    @Test
    void sends_a_non_streaming_chat_request_with_the_reply_schema_as_format() throws Exception {
        enqueueReply(validReplyJson());

        var outcome = evaluator().evaluate(document("volatile makes writes visible to other threads"));

        assertThat(outcome).isInstanceOfSatisfying(Evaluated.class, e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.provider()).isEqualTo("ollama");
            assertThat(e.model()).isEqualTo("qwen2.5:3b-instruct");
        });
        var request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat");
        var body = body(request);
        assertThat(body.path("model").stringValue()).isEqualTo("qwen2.5:3b-instruct");
        assertThat(body.path("stream").isBoolean()).isTrue();
        assertThat(body.path("stream").booleanValue()).isFalse();
        assertThat(body.path("format")).isEqualTo(ReplySchema.load(MAPPER));
        assertThat(body.path("format").path("additionalProperties").booleanValue())
                .isFalse();
        assertThat(body.path("options").path("temperature").doubleValue()).isEqualTo(0.2);
        var messages = body.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.path(0).path("role").stringValue()).isEqualTo("system");
        assertThat(messages.path(0).path("content").stringValue()).contains("prompt version interviewer-v4");
        assertThat(messages.path(1).path("role").stringValue()).isEqualTo("user");
        assertThat(callLog.calls().getFirst().getPromptTokens()).isEqualTo(1620);
        assertThat(callLog.calls().getFirst().getCompletionTokens()).isEqualTo(240);
    }

    @Test
    void a_missing_model_fails_at_once_with_the_pull_command() {
        server.enqueue(json(404, "{\"error\":\"model 'qwen2.5:3b-instruct' not found\"}"));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .startsWith("Ollama does not have the model 'qwen2.5:3b-instruct':"
                                        + " run `ollama pull qwen2.5:3b-instruct` or set OLLAMA_MODEL (HTTP 404"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_server_that_is_not_running_is_retried_then_fails() throws IOException {
        var evaluator =
                evaluator(model("http://127.0.0.1:" + freePort(), Duration.ofSeconds(2)), Duration.ofSeconds(2));

        var outcome = evaluator.evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .startsWith(
                                        "The Ollama service did not answer (Ollama: connection failed: ConnectException"));
        assertThat(callLog.outcomes()).containsOnly(CallOutcome.RETRYABLE_ERROR).hasSize(4);
    }

    @Test
    void reachable_when_the_tags_endpoint_answers() throws Exception {
        server.enqueue(json(200, "{\"models\":[{\"name\":\"qwen2.5:3b-instruct\"}]}"));

        assertThat(model(server.url("/").toString(), Duration.ofSeconds(5)).reachable(Duration.ofSeconds(1)))
                .isTrue();
        assertThat(take().getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void unreachable_when_nothing_listens() throws IOException {
        var model = model("http://127.0.0.1:" + freePort(), Duration.ofSeconds(5));

        assertThat(model.reachable(Duration.ofSeconds(1))).isFalse();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
