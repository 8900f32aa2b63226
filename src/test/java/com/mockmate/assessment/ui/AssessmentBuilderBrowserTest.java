package com.mockmate.assessment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The builder's whole journey in headless Chromium: an instructor builds and publishes a test, a candidate then finds
 * it among the assessments. Screenshots go to target/screenshots.
 */
@IntegrationTest
class AssessmentBuilderBrowserTest extends BrowserTest {

    @Override
    protected int viewportWidth() {
        return 1440;
    }

    @Test
    void an_instructor_builds_and_publishes_a_test_and_a_candidate_then_sees_it() {
        var api = new ApiClient(port);
        var instructor = Accounts.registerWithRole(api, "ines.instructor", Role.INSTRUCTOR);
        var candidate = Accounts.registerWithRole(api, "cara.candidate", Role.USER);
        var title = "Java screening " + UUID.randomUUID().toString().substring(0, 8);

        open("/login");
        logIn(instructor.username(), instructor.password());
        page.waitForURL("**/catalog");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Test builder"))
                .click();
        page.waitForURL("**/builder");
        assertThat(heading("Test builder")).isVisible();
        button("New test").click();

        page.waitForURL("**/builder/new");
        assertThat(heading("New test")).isVisible();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        // The picker opens on the first topic (Behavioural); tick rows only once Java's own questions are shown.
        var firstTwo = jdbc.queryForList(
                "SELECT q.text FROM questions q JOIN topics t ON t.id = q.topic_id"
                        + " WHERE t.name = 'Java' AND NOT q.archived ORDER BY q.created_at, q.id LIMIT 2",
                String.class);
        chooseTopic("Java");
        var bank = page.locator("vaadin-grid", new Page.LocatorOptions().setHasText("In test"));
        assertThat(bank).containsText(firstTwo.get(0));
        assertThat(bank).containsText(firstTwo.get(1));
        awaitVaadin();
        var rowBoxes = bank.locator("vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)");
        rowBoxes.nth(0).click();
        rowBoxes.nth(1).click();
        screenshot("builder-journey-builder-questions-ticked");
        button("Add 2 selected").click();
        assertThat(heading("Questions in this test (2)")).isVisible();
        var chosen = page.locator(".mm-question-cell");
        assertThat(chosen).hasCount(2);
        assertThat(chosen.nth(0)).containsText(firstTwo.get(0));
        assertThat(chosen.nth(1)).containsText(firstTwo.get(1));
        assertThat(bank.locator(".mm-in-test")).hasCount(2);
        screenshot("builder-journey-builder-new-test");
        assertNoVaadinError();

        button("Create draft").click();
        page.waitForURL(Pattern.compile(".*/builder/[0-9a-f-]{36}$"));
        assertThat(heading(title)).isVisible();
        assertThat(statusBadge()).hasText("Draft");
        screenshot("builder-journey-builder-draft");

        button("Publish").click();
        var confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Publish “" + title + "”?");
        // Vaadin marks an overlay [opening] while it animates in; a picture taken then shows only the backdrop.
        assertThat(page.locator("vaadin-confirm-dialog[opened]:not([opening])")).hasCount(1);
        screenshot("builder-journey-builder-publish-confirm");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
                .click();
        assertThat(confirm).isHidden();
        assertThat(statusBadge()).hasText("Published");
        assertThat(page.getByText("Published: candidates can see and take it.")).isVisible();
        screenshot("builder-journey-builder-published");
        assertNoVaadinError();

        button("Log out").click();
        page.waitForURL("**/login");
        logIn(candidate.username(), candidate.password());
        page.waitForURL("**/assessments");
        var card = page.locator(".mm-assessment-card", new Page.LocatorOptions().setHasText(title));
        assertThat(card).isVisible();
        assertThat(card).containsText("2 questions");
        assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start interview")))
                .isVisible();
        screenshot("builder-journey-assessments-with-new-test");
        assertNoVaadinError();
    }

    /** Waits until the Vaadin client has no request to the server in flight (what TestBench calls waitForVaadin). */
    private void awaitVaadin() {
        page.waitForFunction("() => { const clients = window.Vaadin?.Flow?.clients;"
                + " return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive()); }");
    }

    private void chooseTopic(String topic) {
        page.getByLabel("Topic", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^" + topic + " \\(\\d+\\)$")))
                .click();
        assertThat(page.locator("vaadin-select", new Page.LocatorOptions().setHasText(topic + " (")))
                .isVisible();
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The status badge next to the test's title in the editor's header. */
    private Locator statusBadge() {
        return page.locator("h2 + * .mm-status");
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertNoVaadinError();
    }
}
