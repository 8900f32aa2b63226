package com.mockmate.interview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.job.SessionSummaryJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results page in Chromium: "Summary being written…", then the summary pushed in once the job has written it. */
@IntegrationTest
class ResultsSummaryBrowserTest extends BrowserTest {

    private static final String WEAK_ANSWER =
            "I think it depend on the situation, we usually just try something and see.";

    @Autowired
    SessionSummaryJob summaryJob;

    @Test
    void the_written_summary_replaces_the_being_written_note_without_a_reload() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "sb" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var question = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        var exampleAnswer = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                UUID.fromString(question.get("id").asString()));
        Interviews.awaitTurn(
                api, token, sessionId, Interviews.answer(api, token, sessionId, exampleAnswer, "sb-1"), "EVALUATED");
        Interviews.awaitTurn(
                api, token, sessionId, Interviews.answer(api, token, sessionId, WEAK_ANSWER, "sb-2"), "EVALUATED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.post("/api/v1/sessions/" + sessionId + "/finish", Map.of(), token)
                                .status()
                        == 200);

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/results/" + sessionId));
        assertThat(page.getByText(SummaryPanel.WRITING)).isVisible();
        screenshot("results-summary-being-written");

        summaryJob.write(UUID.fromString(sessionId));

        assertThat(page.getByText("Practise next:")).isVisible();
        assertThat(page.getByText(SummaryPanel.WRITING)).isHidden();
        assertThat(page.getByText("Offline summary")).isVisible();
        assertNoVaadinError();
        page.setViewportSize(1280, 2000);
        screenshot("results-summary-written-1280");
        page.setViewportSize(420, 2600);
        screenshot("results-summary-written-420");
    }
}
