package com.mockmate.progress.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress charts draw in Chromium from the WebJar, fit a phone, and turn into tables on request. */
@IntegrationTest
class ProgressBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void the_charts_draw_on_a_desktop_and_at_phone_width_and_show_as_tables() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "pia.progress");
        seedHistory(account.id());

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/progress"));

        var charts = page.locator("mm-echart");
        assertThat(charts).hasCount(3);
        for (int i = 0; i < 3; i++) {
            assertThat(charts.nth(i).locator("svg path").first()).isAttached();
        }
        assertThat(charts.first()).hasAttribute("role", "img");
        assertThat(page.getByText("Key points to revisit")).isVisible();
        assertNoVaadinError();
        // The layout scrolls inside the page, so a tall window shows the whole view in one picture.
        page.setViewportSize(1280, 2000);
        screenshot("progress-desktop");

        page.setViewportSize(420, 2600);
        page.waitForTimeout(300);
        var width = (Number) charts.first().evaluate("e => e.querySelector('svg').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isBetween(200.0, 420.0);
        screenshot("progress-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show as table"))
                .first()
                .click();
        assertThat(page.locator("table.mm-chart-table").first()).isVisible();
        assertThat(page.locator("table.mm-chart-table").first()).containsText("Java");
        screenshot("progress-phone-table");
    }

    @Test
    void a_candidate_without_interviews_is_shown_where_to_start() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "neo.newcomer");

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/progress"));

        assertThat(page.getByText("No completed interviews yet")).isVisible();
        screenshot("progress-empty");
    }

    private void seedHistory(java.util.UUID userId) {
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var sql = history.question("SQL & Databases", 0);
        var design = history.question("System Design", 0);
        var today = LocalDate.now(clock);
        double[][] javaScores = {
            {48, 50, 35, 60, 55},
            {55, 60, 40, 62, 60},
            {62, 65, 50, 70, 68},
            {70, 74, 58, 75, 72},
            {74, 80, 62, 78, 80},
            {81, 84, 70, 86, 85}
        };
        for (int i = 0; i < javaScores.length; i++) {
            var s = javaScores[i];
            var at = today.minusDays(2L * (javaScores.length - i))
                    .atTime(18, 0)
                    .atZone(clock.getZone())
                    .toInstant();
            history.completed(
                    userId,
                    at,
                    java.answered(s[0] < 65 ? "fair" : "good", s),
                    sql.answered(s[0] < 60 ? "poor" : "good", s[0] - 8, s[1] - 10, s[2] - 5, s[3] - 6, s[4]));
        }
        for (int i = 0; i < 3; i++) {
            var at =
                    today.minusDays(2 - i).atTime(9, 30).atZone(clock.getZone()).toInstant();
            history.completed(userId, at, design.answered("fair", 52 + 9 * i, 55 + 9 * i, 40 + 8 * i, 62, 70));
        }
    }
}
