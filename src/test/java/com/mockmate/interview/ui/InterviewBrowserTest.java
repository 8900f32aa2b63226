package com.mockmate.interview.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
        assertThat(page.locator(".mm-question-current")).containsText("Question 1 of 8");

        int answered = 0;
        int followUps = 0;
        while (!onResults() && !allAnswered()) {
            assertThat(answered).as("answers needed for 8 questions").isLessThan(MAX_ANSWERS);
            redis.delete("mockmate:rate:turns:" + account.id());
            var box = page.locator(".mm-question-current");
            boolean followUp = box.locator(".mm-follow-up-open").count() > 0;
            followUps += followUp ? 1 : 0;
            var question = followUp
                    ? box.locator(".mm-follow-up-open p").last().textContent().strip()
                    : box.locator(".mm-question-text").textContent().strip();
            var answerBox = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"));
            answerBox.fill(answerTo(question, followUp));
            if (answered % 2 == 0) {
                // The shortcut sends what is in the box, though the box has not told the server yet.
                answerBox.press("Control+Enter");
            } else {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer"))
                        .click();
            }
            answered++;
            int expected = answered;
            page.waitForCondition(
                    () -> onResults()
                            || page.locator(".mm-questions .mm-score-chips").count() == expected,
                    new Page.WaitForConditionOptions().setTimeout(60_000));
            if (!onResults()) {
                assertThat(answerBox).not().hasAttribute("invalid", "");
            }
            if (answered == 3) {
                screenshot("interview-in-progress");
                // Server push, not only the slow safety poll, brings the scores. On a busy machine the safety poll can
                // show a score first and its push lands a moment later, so wait for the pushes rather than count once.
                page.waitForCondition(
                        () -> pushedUpdates() >= 3, new Page.WaitForConditionOptions().setTimeout(30_000));
                var pushed = page.locator(".mm-questions").innerText();
                page.reload();
                assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(expected);
                page.getByText("Typing", new Page.GetByTextOptions().setExact(true))
                        .click();
                assertThat(page.locator(".mm-questions").innerText())
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
        // The results show one accordion section per question, each answer with its scores inside.
        assertThat(page.locator(".mm-answer-sections .mm-score-chips")).hasCount(answered);
        assertThat(page.locator(".mm-answer-sections vaadin-accordion-panel")).hasCount(8);
        if (followUps > 0) {
            // Each follow-up answer is headed by the follow-up question it answers.
            assertThat(page.locator(".mm-answer-sections h4")
                            .getByText(java.util.regex.Pattern.compile("^Follow-up: ")))
                    .hasCount(followUps);
        }
        assertThat(page.evaluate("() => window.scrollY"))
                .as("the results open at the top")
                .isEqualTo(0);
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

    /**
     * Leaving an interview half-way and coming back, from the tests list and with the browser's Back button: the
     * session is saved to Redis after every request, so anything unserialisable a view kept would break it here.
     */
    @Test
    void a_candidate_leaves_half_way_comes_back_resumes_and_finishes() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "rs" + UUID.randomUUID().toString().substring(0, 8));
        // Nine page loads and an evaluation in a row: on a loaded CI machine one of them can exceed the usual 15 s.
        page.setDefaultTimeout(45_000);
        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");

        warmUpCard().getByText("Start interview").click();
        page.waitForURL("**/interview/start/**");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview"))
                .click();
        page.waitForURL("**/interview/*-*");
        var interviewUrl = page.url();
        // The router changes the address before the interview is drawn: switch to typing once it is.
        assertThat(page.locator(".mm-question-current")).isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Typing"))
                .check();
        var answerBox = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"));
        assertThat(answerBox).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
        answerBox.fill(
                answerTo(page.locator(".mm-question-current .mm-question-text").textContent(), false));
        answerBox.press("Control+Enter");
        assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessments"))
                .first()
                .click();
        page.waitForURL("**/assessments");
        warmUpCard().getByText("Start interview").click();
        page.waitForURL("**/interview/start/**");
        assertThat(page.getByText("You have an unfinished interview on this test."))
                .isVisible();
        screenshot("interview-resume-offer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume your interview"))
                .click();
        page.waitForURL(interviewUrl);
        assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(1);
        assertNoVaadinError();

        page.goBack();
        page.waitForURL("**/interview/start/**");
        // The address changes before the server has drawn the start view: click its button once it is there.
        assertThat(page.getByText("You have an unfinished interview on this test."))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume your interview"))
                .click();
        page.waitForURL(interviewUrl);
        assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(1);
        page.reload();
        assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(1);
        assertNoVaadinError();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish interview"))
                .click();
        assertThat(page.getByText("You've answered 1 of 8 — finish now?")).isVisible();
        screenshot("interview-finish-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish now"))
                .click();
        page.waitForURL("**/results/**");
        assertThat(page.locator(".mm-results")).containsText("7 questions were not answered and count as 0");
        assertNoVaadinError();
    }

    @Test
    void an_answer_with_nothing_to_judge_shows_not_assessed_beside_its_zeros() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "na" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token)
                .json()
                .get("id")
                .asString();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(account.username());
        page.locator("input[name=password]").fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL("**/assessments");
        page.navigate(url("/interview/" + sessionId));
        page.getByText("Typing", new Page.GetByTextOptions().setExact(true)).click();

        var answerBox = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"));
        answerBox.fill("I'm not sure, I haven't used that.");
        answerBox.press("Control+Enter");
        assertThat(page.locator(".mm-questions .mm-score-chips")).hasCount(1);
        assertThat(page.locator(".mm-score-unassessed")).hasCount(4);
        assertThat(page.locator(".mm-score-unassessed").first()).containsText("not assessed");
        page.locator(".mm-feedback").first().click();
        assertThat(page.locator(".mm-feedback").first()).containsText("Grammar: not assessed");
        screenshot("interview-not-assessed");
        assertNoVaadinError();
    }

    private com.microsoft.playwright.Locator warmUpCard() {
        return page.locator(".mm-assessment-card", new Page.LocatorOptions().setHasText("Software Engineer Warm-up"));
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
        return page.locator(".mm-all-answered").isVisible();
    }

    private int pushedUpdates() {
        var count = page.locator(".mm-interview").first().getAttribute("data-pushed-updates");
        return count == null ? 0 : Integer.parseInt(count);
    }
}
