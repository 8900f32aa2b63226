package com.mockmate.interview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The results page in Chromium: evidence marked in the answers, the example answer folded, on a desk and a phone. */
@IntegrationTest
class ResultsBrowserTest extends BrowserTest {

    @Test
    void the_answers_show_their_evidence_and_fold_the_example_answer_at_desktop_and_phone_width() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "rb" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        answerWithTheReferenceAnswer(api, token, sessionId, " I recieve fewer complaints since they was happy.", "q1");
        answerWithTheReferenceAnswer(api, token, sessionId, "", "q2");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.post("/api/v1/sessions/" + sessionId + "/finish", Map.of(), token)
                                .status()
                        == 200);

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/results/" + sessionId));

        var sections = page.locator(".mm-answer-sections");
        assertThat(sections.locator("vaadin-accordion-panel")).hasCount(2);
        var first = sections.locator("vaadin-accordion-panel").first();
        assertThat(first.locator("mark.mm-mark-technical").first()).isVisible();
        assertThat(first.locator("mark.mm-mark-finding").first()).hasText("recieve");
        assertThat(first.locator(".mm-mark-legend")).containsText("grammar finding");
        assertThat(first.locator(".mm-key-points.mm-covered li").first()).isVisible();
        assertThat(first.locator(".mm-example-answer-text")).not().isVisible();
        sections.scrollIntoViewIfNeeded();
        screenshot("results-answers-desktop");

        first.locator(".mm-example-answer vaadin-details-summary").click();
        assertThat(first.locator(".mm-example-answer-text")).isVisible();
        page.setViewportSize(420, 900);
        page.waitForTimeout(300);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("nothing runs off a phone's screen")
                .isLessThanOrEqualTo(420);
        screenshot("results-answers-phone");
        first.locator(".mm-takeaways").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("results-takeaways-phone.png")));

        page.navigate(url("/report/" + sessionId));
        assertThat(page.locator(".mm-report-sections mark.mm-mark-finding").first())
                .hasText("recieve");
        screenshot("report-answers-phone");
    }

    /** Answers the current question with its reference answer (plus {@code extra}) and waits for the evaluation. */
    private void answerWithTheReferenceAnswer(
            ApiClient api, String token, String sessionId, String extra, String clientTurnId) {
        var question = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        var reference = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                UUID.fromString(question.get("id").asString()));
        var turnId = Interviews.answer(api, token, sessionId, reference + extra, clientTurnId);
        Interviews.awaitTurn(api, token, sessionId, turnId, "EVALUATED");
    }
}
