package com.mockmate.interview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A whole text interview in headless Chromium with the offline evaluator; screenshots go to target/screenshots. */
@IntegrationTest
class InterviewBrowserTest extends BrowserTest {

    private static final int MAX_ANSWERS = 30;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void a_candidate_answers_every_question_and_sees_the_results() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "iv" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var started = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token);
        assertThat(started.status()).isEqualTo(201);
        var sessionId = started.json().get("id").asString();

        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(account.username());
        page.locator("input[name=password]").fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL("**/assessments");

        page.navigate(url("/interview/" + sessionId));
        page.getByText("Typing", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Software Engineer Warm-up").first()).isVisible();
        assertThat(page.locator(".mm-chat")).containsText("Question 1 of 8");

        int answered = 0;
        int followUps = 0;
        while (!onResults() && !allAnswered()) {
            assertThat(answered).as("answers needed for 8 questions").isLessThan(MAX_ANSWERS);
            redis.delete("mockmate:rate:turns:" + account.id());
            var box = page.locator(".mm-current-question");
            boolean followUp = box.locator(".mm-current-label").textContent().startsWith("Follow-up");
            followUps += followUp ? 1 : 0;
            var question = box.locator("p").textContent().strip();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"))
                    .fill(answerTo(question, followUp));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer"))
                    .click();
            answered++;
            int expected = answered;
            page.waitForCondition(() ->
                    onResults() || page.locator(".mm-chat .mm-score-chips").count() == expected);
            if (answered == 3) {
                screenshot("interview-in-progress");
                // Server push, not the slow safety poll, brought the scores.
                assertThat(Integer.parseInt(
                                page.locator(".mm-interview").first().getAttribute("data-pushed-updates")))
                        .as("updates pushed by the server")
                        .isGreaterThanOrEqualTo(3);
                var pushed = page.locator(".mm-chat").innerText();
                page.reload();
                assertThat(page.locator(".mm-chat .mm-score-chips")).hasCount(expected);
                page.getByText("Typing", new Page.GetByTextOptions().setExact(true))
                        .click();
                assertThat(page.locator(".mm-chat").innerText())
                        .as("a reload shows what push showed")
                        .isEqualTo(pushed);
            }
        }
        if (!onResults()) {
            screenshot("interview-all-answered");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish interview"))
                    .click();
        }

        assertThat(page.locator(".mm-results")).isVisible();
        page.waitForURL("**/results/" + sessionId);
        screenshot("results");
        var total = page.locator(".mm-total-score");
        assertThat(total).isVisible();
        assertThat(total).containsText("/ 100");
        var score =
                Double.parseDouble(total.locator("span").first().textContent().strip());
        assertThat(score).isBetween(0.0, 100.0);
        assertThat(page.getByText("Offline evaluator", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator(".mm-chat .mm-score-chips")).hasCount(answered);
        if (followUps > 0) {
            assertThat(page.locator(".mm-chat").getByText("You (follow-up)")).hasCount(followUps);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM interview_sessions WHERE id = ?::uuid", String.class, sessionId))
                .isEqualTo("COMPLETED");
        assertThat(page.locator(".v-system-error")).hasCount(0);
        page.setViewportSize(1280, 3200);
        screenshot("results-tall");
        page.setViewportSize(1280, 800);

        page.navigate(url("/history"));
        assertThat(page.locator("vaadin-grid")).containsText("Software Engineer Warm-up");
        assertThat(page.locator("vaadin-grid")).containsText("Completed");
        screenshot("history");
    }

    /** An answer built from the question's own words, with the reasons and examples the evaluator looks for. */
    private static String answerTo(String question, boolean followUp) {
        var start = followUp ? "To add to my earlier answer: " : "Let me explain. ";
        return start + question + " The main idea is that it depends on the trade-offs, because each choice has a"
                + " cost. For example, in production I would measure first, then choose the simpler option.";
    }

    private boolean onResults() {
        return page.locator(".mm-results").count() > 0;
    }

    private boolean allAnswered() {
        return page.locator(
                                ".mm-current-question",
                                new Page.LocatorOptions().setHasText("You have answered every question"))
                        .count()
                > 0;
    }
}
