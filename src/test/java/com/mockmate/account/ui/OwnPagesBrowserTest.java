package com.mockmate.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history with its filters and the account screen, on a desktop and at phone width, in Chromium. */
@IntegrationTest
class OwnPagesBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void history_filters_and_the_account_screen_fit_a_desktop_and_a_phone() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "oscar.own");
        seed(account.id());
        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");

        page.navigate(url("/history"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Topic"))
                .click();
        page.locator("vaadin-combo-box-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Java"))
                .click();
        assertThat(page.locator(".mm-history [aria-live]")).hasText("21 interviews match");
        assertNoVaadinError();
        screenshot("history-desktop");
        page.setViewportSize(420, 900);
        page.reload();
        assertThat(page.locator("vaadin-grid").getByText("Completed · score").first())
                .isVisible();
        screenshot("history-phone");

        page.setViewportSize(1280, 1200);
        page.navigate(url("/account"));
        assertThat(page.getByText("Signed in as " + account.username())).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(page.getByText("Enter your current password")).isVisible();
        screenshot("account-desktop");
        page.setViewportSize(420, 1400);
        page.waitForTimeout(300);
        screenshot("account-phone");
        assertNoVaadinError();
    }

    private void seed(UUID userId) {
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var sql = history.question("SQL & Databases", 0);
        var today = LocalDate.now(clock);
        for (int i = 0; i < 30; i++) {
            var at = today.minusDays(i)
                    .atTime(10 + i % 8, 15)
                    .atZone(clock.getZone())
                    .toInstant();
            double score = 45 + (i * 17) % 50;
            var question = i % 3 == 0 ? sql : java;
            history.completed(userId, at, question.answered("good", score, score, score, score, score));
        }
        history.inProgress(userId, today.atTime(18, 0).atZone(clock.getZone()).toInstant(), java.skipped());
    }
}
