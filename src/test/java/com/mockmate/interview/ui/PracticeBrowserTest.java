package com.mockmate.interview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Try a question again from the results, answer it in the browser, and compare the two attempts. */
@IntegrationTest
class PracticeBrowserTest extends BrowserTest {

    @Test
    void a_candidate_tries_a_question_again_and_compares_the_attempts() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "pb" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var original = Interviews.startWarmUp(api, jdbc, token);
        var turnId =
                Interviews.answer(api, token, original, "I am not sure, I think it depends on the situation.", "b-1");
        Interviews.awaitTurn(api, token, original, turnId, "EVALUATED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.post("/api/v1/sessions/" + original + "/finish", Map.of(), token)
                                .status()
                        == 200);

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/results/" + original));
        var tryAgain = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try this question again"));
        assertThat(tryAgain).isVisible();
        tryAgain.scrollIntoViewIfNeeded();
        screenshot("practice-results-try-again");

        tryAgain.click();
        page.waitForURL("**/interview/**");
        page.getByText("Typing", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".mm-question-current")).containsText("Question 1 of 1");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"))
                .fill(keyPointsOf(original));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer"))
                .click();
        page.waitForCondition(
                () -> page.locator(".mm-results").count() > 0
                        || page.locator(".mm-questions .mm-score-chips").count() == 1,
                new Page.WaitForConditionOptions().setTimeout(60_000));
        if (page.locator(".mm-results").count() == 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish interview"))
                    .click();
        }
        page.waitForURL("**/results/**");
        assertThat(page.locator("h2")).containsText("Practice: Software Engineer Warm-up");
        var compare = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare attempts (2)"));
        assertThat(compare).isVisible();
        screenshot("practice-results");
        compare.scrollIntoViewIfNeeded();
        screenshot("practice-results-compare-button");

        compare.click();
        page.waitForURL("**/attempts/*/compare");
        assertThat(page.locator(".mm-compare-table")).isVisible();
        assertThat(page.locator(".mm-compare-total .mm-delta-up")).isVisible();
        assertNoVaadinError();
        page.waitForCondition(() -> page.locator(".mm-compare h2").boundingBox().y > 0);
        screenshot("compare-attempts");

        page.locator("summary").first().click();
        page.locator(".mm-compare-answers").scrollIntoViewIfNeeded();
        screenshot("compare-attempts-answers");
        page.setViewportSize(420, 900);
        page.locator(".mm-compare-table").scrollIntoViewIfNeeded();
        screenshot("compare-attempts-narrow");

        page.setViewportSize(1280, 900);
        page.navigate(url("/history"));
        assertThat(page.locator("vaadin-grid").getByText("Practice", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot("history-practice");
    }

    /** An answer that states every key point of the session's first question. */
    private String keyPointsOf(String sessionId) {
        var keyPoints = jdbc.queryForList(
                "SELECT jsonb_array_elements_text(questions -> 'questions' -> 0 -> 'keyPoints') FROM interview_sessions"
                        + " WHERE id = ?::uuid",
                String.class,
                sessionId);
        return "Here is how it works. " + String.join(". ", keyPoints)
                + ". For example, in production this matters because it keeps the system correct and fast.";
    }
}
