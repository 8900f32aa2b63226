package com.mockmate.speech.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.mockmate.support.Chromium;
import com.mockmate.support.FakeMicrophone;
import com.mockmate.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The recorder and the interviewer voice in Debian's Chromium, with a fake microphone that plays a WAV made by flite:
 * a spoken sentence followed by three seconds of silence, looped by Chromium.
 */
@IntegrationTest
class VoiceRecorderBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern RECEIVED =
            Pattern.compile("Received (\\d+) bytes, (\\S+), ([\\d.]+) s, transcript: (.*)");

    private static Chromium withMicrophone;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void fakeMicrophone() {
        withMicrophone = FakeMicrophone.speaking("I would start by reading the logs and reproducing the problem.", 3);
    }

    @AfterAll
    static void closeBrowser() {
        if (withMicrophone != null) {
            withMicrophone.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void a_hands_free_answer_stops_after_the_pause_and_reaches_the_server_as_webm() {
        open(withMicrophone.browser(), true, "");
        screenshot("voice-consent");

        button("Allow recording").click();
        page.getByText("Hands-free").click();
        assertThat(recorder().getByText(Pattern.compile("stops after 1.5 s of silence")))
                .isVisible();
        screenshot("voice-ready-hands-free");

        button("Start recording").click();
        assertThat(button("Stop recording")).isVisible();
        page.waitForTimeout(1200);
        screenshot("voice-recording");
        assertThat(button("Send this recording as your answer"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(recorder().getByText("Stopped after a pause.")).isVisible();
        screenshot("voice-recorded");

        button("Send this recording as your answer").click();
        var received = receivedRecording();
        assertThat(received.bytes()).isGreaterThan(2_000);
        assertThat(received.contentType()).startsWith("audio/webm");
        // flite speaks the sentence in about 3.5 s; the pause adds 1.5 s.
        assertThat(received.seconds()).isBetween(3.0, 8.0);
        assertThat(recorder().getByText("Processing your answer…")).isVisible();
        assertThat(button("Send this recording as your answer")).isHidden();
        screenshot("voice-busy");
    }

    @Test
    void push_to_talk_records_while_the_button_is_held() {
        open(withMicrophone.browser(), true, "");
        button("Allow recording").click();

        holdRecordButton(3000);

        assertThat(button("Send this recording as your answer")).isVisible();
        button("Send this recording as your answer").click();
        var received = receivedRecording();
        assertThat(received.contentType()).startsWith("audio/webm");
        // Held for 3 s; a loaded CI machine can take most of a second to start the MediaRecorder.
        assertThat(received.seconds()).isBetween(2.0, 4.0);
        assertThat(received.bytes()).isGreaterThan(2_000);
    }

    @Test
    void the_server_refuses_a_recording_over_the_size_limit_and_the_element_says_why() {
        open(withMicrophone.browser(), true, "?max-kb=1");
        button("Allow recording").click();
        holdRecordButton(2500);

        button("Send this recording as your answer").click();

        assertThat(recorder().getByRole(AriaRole.ALERT))
                .containsText(Pattern.compile("The recording is too large \\(\\d+ KB; the limit is 1 KB\\)"));
        assertThat(page.locator("#received")).hasText("Nothing received yet.");
        screenshot("voice-too-large");
    }

    @Test
    void a_denied_microphone_explains_how_to_allow_it() {
        open(withMicrophone.browser(), false, "");
        button("Allow recording").click();

        holdRecordButton(500);

        assertThat(recorder().getByRole(AriaRole.ALERT)).containsText("Microphone access is blocked.");
        assertThat(recorder().getByRole(AriaRole.ALERT)).containsText("allow the microphone for this site");
        screenshot("voice-denied");
    }

    @Test
    void a_browser_without_a_microphone_says_so() {
        try (var noDevice = Chromium.launch()) {
            open(noDevice.browser(), true, "");
            button("Allow recording").click();

            holdRecordButton(500);

            assertThat(recorder().getByRole(AriaRole.ALERT)).containsText("No microphone was found.");
            screenshot("voice-no-microphone");
            context.close();
            context = null;
        }
    }

    @Test
    void the_interviewer_line_is_captioned_asks_for_a_click_before_sound_and_remembers_mute() {
        // Playwright's pages count as user-activated from the start; a candidate's first visit is not.
        openWith(withMicrophone.browser(), true, "", context -> context.addInitScript("""
                let clicked = false;
                addEventListener('pointerdown', () => { clicked = true; }, true);
                Object.defineProperty(Navigator.prototype, 'userActivation',
                    { get: () => ({ hasBeenActive: clicked, isActive: false }) });
                """));
        var voice = page.locator("mm-interviewer-voice");
        assertThat(voice.getByText(RecorderHarnessView.QUESTION)).isVisible();
        assertThat(button("Click to hear the interviewer")).isVisible();
        screenshot("interviewer-voice-needs-click");
        button("Click to hear the interviewer").click();
        assertThat(button("Click to hear the interviewer")).isHidden();

        page.evaluate("window.__ended = 0; document.querySelector('mm-interviewer-voice')"
                + ".addEventListener('speaking-ended', () => window.__ended++)");
        button("Server audio").click();
        page.waitForFunction("window.__ended > 0");

        button("Mute the interviewer").click();
        page.reload();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unmute the interviewer")))
                .hasAttribute("aria-pressed", "true");
        assertThat(button("Click to hear the interviewer")).isHidden();
        screenshot("interviewer-voice-muted");
    }

    private void open(Browser browser, boolean microphoneAllowed, String query) {
        openWith(browser, microphoneAllowed, query, context -> {});
    }

    private void openWith(
            Browser browser, boolean microphoneAllowed, String query, Consumer<BrowserContext> beforeLoading) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 900));
        beforeLoading.accept(context);
        context.setDefaultTimeout(15_000);
        if (microphoneAllowed) {
            context.grantPermissions(
                    List.of("microphone"),
                    new BrowserContext.GrantPermissionsOptions().setOrigin("http://localhost:" + port));
        }
        page = context.newPage();
        page.navigate("http://localhost:" + port + "/test-harness/voice" + query);
        assertThat(page.locator("mm-voice-recorder"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator(".v-system-error")).hasCount(0);
    }

    private Locator recorder() {
        return page.locator("mm-voice-recorder");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void holdRecordButton(int millis) {
        var hold =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Hold to record")));
        hold.hover();
        page.mouse().down();
        page.waitForTimeout(millis);
        page.mouse().up();
    }

    private ReceivedRecording receivedRecording() {
        var received = page.locator("#received");
        assertThat(received).hasText(RECEIVED);
        var matcher = RECEIVED.matcher(received.textContent());
        assertThat(matcher.matches()).isTrue();
        return new ReceivedRecording(
                Integer.parseInt(matcher.group(1)), matcher.group(2), Double.parseDouble(matcher.group(3)));
    }

    private void screenshot(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private record ReceivedRecording(int bytes, String contentType, double seconds) {}
}
