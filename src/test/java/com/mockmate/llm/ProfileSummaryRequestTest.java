package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.MAPPER;
import static com.mockmate.llm.LlmFixtures.document;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.calls.RecordingCallLog;
import com.mockmate.llm.openai.OpenAiModel;
import com.mockmate.remote.ApiKey;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The interviewer's {@code profile_summary} comes from the candidate's profile, and the request a model receives
 * carries none of their contact data, even when they typed it into their headline: the summary an interview really
 * stored is sent through the OpenAI-compatible provider to a fake, and the recorded body is searched.
 */
@IntegrationTest
class ProfileSummaryRequestTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_request_to_the_model_describes_the_profile_without_contact_data() throws Exception {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "jane.summary");
        var token = Accounts.login(api, account).accessToken();
        var profile = Map.of(
                "headline",
                "Backend engineer - Test jane.summary, jane.private@mail.example.org, +49 170 1234567",
                "skills",
                List.of(Map.of("name", "Kotlin", "level", "advanced", "years", 4)),
                "experience",
                List.of(Map.of(
                        "title", "Engineer", "company", "Acme Robotics", "start", "2019-01", "bullets", List.of())),
                "links",
                List.of(Map.of("label", "GitHub", "url", "https://github.com/jane-secret-handle")));
        assertThat(api.put("/api/v1/profile", profile, token).status()).isEqualTo(200);
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var summary = jdbc.queryForObject(
                "SELECT profile_summary FROM interview_sessions WHERE id = CAST(? AS uuid)", String.class, sessionId);

        var body = sentBody(summary);

        assertThat(summary).contains("Backend engineer", "Kotlin (advanced, 4 years)", "Experience level: senior");
        assertThat(body)
                .contains("Backend engineer")
                .contains("Kotlin")
                .doesNotContain(account.email())
                .doesNotContain("jane.private@mail.example.org")
                .doesNotContain("jane.summary")
                .doesNotContain("170 1234567")
                .doesNotContain("github.com")
                .doesNotContain("jane-secret-handle")
                .doesNotContain("Acme Robotics");
    }

    /** The exact body the OpenAI-compatible provider posts for a turn whose document carries {@code summary}. */
    private String sentBody(String summary) throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(OpenAiModelTest.chatCompletion(validReplyJson()))
                .build());
        var model = new OpenAiModel(
                RemoteHttp.client(Duration.ofSeconds(1), Duration.ofSeconds(5)),
                new ProviderAccounts.OpenAi(
                        ApiKey.of("sk-test-0123456789"), server.url("/v1").toString()),
                new LlmProperties.OpenAi("gpt-4.1-mini"),
                MAPPER,
                ReplySchema.load(MAPPER),
                Clock.systemUTC());
        var fixture = document("A volatile write is visible to other threads.");
        var turn = new TurnDocument(
                summary,
                fixture.session(),
                fixture.question(),
                fixture.answerText(),
                fixture.priorScores(),
                fixture.grammarEvidence(),
                null);
        LlmFixtures.evaluator(
                        model,
                        new RecordingCallLog().log(),
                        new ArrayList<>(),
                        LlmFixtures.properties(Duration.ofSeconds(5)))
                .evaluate(turn);
        var request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        return request.getBody().utf8();
    }
}
