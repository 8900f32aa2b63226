package com.mockmate.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real-browser journeys in Debian's Chromium: one browser per test class, a fresh context (no cookies) per test, and
 * the helpers every journey needs. Subclasses carry {@link IntegrationTest}.
 */
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Chromium chromium;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected BrowserContext context;
    protected Page page;

    /** What the browser console reported as blocked by the Content-Security-Policy; must stay empty. */
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
        // As long as the context's own timeout: the first Vaadin page of a fresh JVM on a busy machine (compiling,
        // loading the bundle) takes longer than Playwright's default of 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void freshBrowserContext() {
        context = newContext();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                System.out.println("CSP violation: " + message.text());
                policyViolations.add(message.text());
            }
        });
        page = context.newPage();
    }

    /**
     * Another browser context beside the test's own: nothing shared with it (no cookies, no session), as for a
     * second person. The caller closes it.
     */
    protected BrowserContext newContext() {
        var created =
                chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(viewportWidth(), 900));
        created.setDefaultTimeout(15_000);
        return created;
    }

    @AfterEach
    void closeContext() {
        try {
            assertThat(policyViolations)
                    .as("Content-Security-Policy violations")
                    .isEmpty();
        } finally {
            context.close();
        }
    }

    protected int viewportWidth() {
        return 1280;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String username, String password) {
        // The first page a JVM serves bootstraps Vaadin, which on a busy 2-core CI machine takes longer than a click.
        page.locator("input[name=username]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** Vaadin reports session problems ("Cookies disabled", "Synchronization Error", "Internal error") here. */
    protected void assertNoVaadinError() {
        assertThat(page.locator(".v-system-error")).hasCount(0);
    }

    /** Waits for Vaadin's round trips to settle, so the picture shows the finished screen. */
    protected void screenshot(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
