package com.mockmate.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright; Playwright's own browser download is never used. */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        return launch(List.of());
    }

    /** With extra command-line switches, e.g. a fake microphone for the voice recorder. */
    public static Chromium launch(List<String> extraArgs) {
        var args = new ArrayList<>(ARGS);
        args.addAll(extraArgs);
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(args));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
