package com.mockmate.interview.voice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.Chromium;
import com.mockmate.support.FakeMicrophone;
import com.mockmate.support.IntegrationTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A spoken answer in Debian's Chromium with no API keys: a fake microphone plays a sentence spoken by flite, the
 * browser records it, PocketSphinx transcribes it on the server, the candidate checks the transcript, and the scores
 * and delivery figures appear.
 */
@IntegrationTest
class VoiceInterviewBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_ANSWERS = 20;
    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void browserWithMicrophone() {
        chromium = FakeMicrophone.speaking(
                "a hash map stores keys and values in buckets and uses the hash code to find the bucket quickly", 4);
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void a_candidate_answers_by_voice_and_sees_transcript_delivery_and_scores() {
        var api = new ApiClient(port);
        var account =
                Accounts.register(api, "speak" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token)
                .json()
                .get("id")
                .asString();

        context = chromium.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        context.grantPermissions(java.util.List.of("microphone"));
        page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(account.username());
        page.locator("input[name=password]").fill(account.password());
        button("Log in").click();
        page.waitForURL("**/assessments");
        page.navigate("http://localhost:" + port + "/interview/" + sessionId);

        assertThat(page.locator(".mm-question-current")).containsText("Question 1 of 8");
        assertThat(page.locator("mm-interviewer-voice")
                        .getByRole(AriaRole.BUTTON)
                        .first())
                .isVisible();
        screenshot("voice-interview-consent");
        button("Allow recording").click();
        page.getByText("Recording options").click();
        page.getByText("Hands-free", new Page.GetByTextOptions().setExact(false))
                .first()
                .click();
        button("Start recording").click();
        // Recording is the most visible state, under the mouse too: dark red, white text, a running clock.
        var indicator = page.locator("mm-voice-recorder .rec");
        assertThat(indicator).isVisible();
        assertThat(indicator).containsText("Recording 0:0");
        var stop = button("Stop recording");
        stop.hover();
        assertThat(stop.evaluate("b => getComputedStyle(b).backgroundColor")).isEqualTo("rgb(179, 38, 30)");
        assertThat(stop.evaluate("b => getComputedStyle(b).color")).isEqualTo("rgb(255, 255, 255)");
        page.waitForTimeout(3000);
        screenshot("voice-interview-recording");
        assertThat(button("Send this recording as your answer"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot("voice-interview-recorded");
        button("Send this recording as your answer").click();

        var review = page.locator(".mm-transcript-review");
        assertThat(review).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        var transcript = review.getByRole(AriaRole.TEXTBOX).inputValue();
        // The fake microphone loops its file, so the recording may start mid-sentence; PocketSphinx's accuracy on the
        // full sentence is tested on its own. Here some of the sentence's words must have made it through.
        assertThat(transcript)
                .as("the offline transcript")
                .containsAnyOf("hash", "map", "stores", "keys", "values", "buckets", "uses", "code", "find", "quickly");
        assertThat(page.locator(".mm-questions")).containsText("Transcript: offline recogniser, low accuracy");
        screenshot("voice-interview-review");

        review.getByRole(AriaRole.TEXTBOX)
                .fill(
                        "A hash map stores keys and values in buckets and uses the hash code to find the bucket quickly.");
        button("Send for scoring").click();

        assertThat(page.locator(".mm-questions .mm-score-chips"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        var delivery = page.locator(".mm-questions .mm-delivery");
        assertThat(delivery).containsText("Pace");
        assertThat(delivery).containsText("wpm");
        assertThat(page.locator(".mm-questions")).containsText("You, spoken");
        assertThat(page.locator(".v-system-error")).hasCount(0);
        screenshot("voice-interview-scored");

        // The next answer without review: straight from the recording to the scores.
        page.getByText("Let me check the transcript before it is scored").click();
        button("Start recording").click();
        assertThat(button("Send this recording as your answer"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        button("Send this recording as your answer").click();
        assertThat(page.locator(".mm-questions .mm-score-chips"))
                .hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator(".mm-transcript-review")).isHidden();
        assertThat(page.locator(".mm-questions .mm-own-recording")).hasCount(2);
        assertThat(page.locator(".mm-questions .mm-own-recording-length").first())
                .containsText("Your recording, 0:");
        // The next question's recorder starts afresh.
        assertThat(page.locator("mm-voice-recorder .status")).not().containsText("Answer sent.");
        assertThat(page.locator(".v-system-error")).hasCount(0);

        // The rest of the interview by voice too, until the results.
        int answered = 2;
        while (page.locator(".mm-results").count() == 0) {
            assertThat(answered)
                    .as("answers for 8 questions with at most one follow-up each")
                    .isLessThan(MAX_ANSWERS);
            if (page.getByText("You have answered every question").count() > 0) {
                button("Finish interview").click();
                break;
            }
            button("Start recording").click();
            assertThat(button("Send this recording as your answer"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            button("Send this recording as your answer").click();
            answered++;
            int expected = answered;
            page.waitForCondition(
                    () -> page.locator(".mm-results").count() > 0
                            || page.locator(".mm-questions .mm-score-chips").count() == expected,
                    new Page.WaitForConditionOptions().setTimeout(60_000));
        }
        assertThat(page.locator(".mm-results")).isVisible();
        assertThat(page.locator(".mm-results")).containsText("Your answer (spoken)");
        assertThat(page.locator(".mm-results")).containsText("How you spoke");
        screenshot("voice-interview-results");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void screenshot(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
