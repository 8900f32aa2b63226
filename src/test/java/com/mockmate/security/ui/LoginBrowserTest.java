package com.mockmate.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole journeys in headless Chromium against the running application; screenshots go to target/screenshots. */
@IntegrationTest
class LoginBrowserTest extends BrowserTest {

    private static final String CANDIDATE_PASSWORD = "Quiet-Harbour-Lamp-7";

    @Test
    void the_admin_lands_on_users_and_a_candidate_on_assessments() {
        registerCandidate("cara.candidate");

        open("/login");
        screenshot("login");
        logIn("admin", "Test-Root-Secret-99");

        page.waitForURL("**/admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users")))
                .isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("admin@mockmate.local");
        assertThat(page.locator("vaadin-grid")).containsText("cara.candidate");
        screenshot("users");
        assertNoVaadinError();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.waitForURL("**/login");
        assertThat(page.locator("input[name=username]")).isVisible();

        logIn("cara.candidate", CANDIDATE_PASSWORD);

        page.waitForURL("**/assessments");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Assessments")))
                .isVisible();
        assertThat(page.locator(".mm-assessment-card")).containsText("Software Engineer Warm-up");
        // Assessments, My interviews, My progress, My profile, My résumé, My account: none of the staff screens.
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(6);
        screenshot("assessments");
        assertNoVaadinError();
    }

    @Test
    void a_wrong_password_shows_the_error_message() {
        open("/login");

        logIn("admin", "not-the-password-1");

        page.waitForURL("**/login?error");
        assertThat(page.getByText("Could not log in")).isVisible();
        assertThat(page.locator("input[name=username]")).hasValue("admin");
        assertThat(page.getByText("Check that the username and password are correct and try again."))
                .isVisible();
        screenshot("login-error");
    }

    @Test
    void a_visitor_creates_an_account_and_is_signed_in_and_login_then_leads_to_the_app() {
        open("/register");
        screenshot("registration");

        page.getByLabel("Full name").fill("Ada Lovelace");
        page.getByLabel("Email").fill("ada@example.test");
        page.getByLabel("Username").fill("ada.l");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(CANDIDATE_PASSWORD);
        page.getByLabel("Repeat password").fill(CANDIDATE_PASSWORD + "x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator(
                        "[slot=error-message]", new Page.LocatorOptions().setHasText("The passwords do not match")))
                .isVisible();
        screenshot("registration-errors");

        page.getByLabel("Repeat password").fill(CANDIDATE_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        page.waitForURL("**/assessments");
        assertThat(page.locator(".mm-user-name")).hasText("Ada Lovelace");
        assertThat(page.locator(".mm-user-role")).hasCount(0);
        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE username = 'ada.l'", String.class))
                .isEqualTo("USER");
        assertNoVaadinError();
        screenshot("signed-in-after-registration");

        // A bookmarked login page is no use to someone signed in: it opens the application.
        page.navigate("http://localhost:" + port + "/login");
        page.waitForURL("**/assessments");
        assertThat(page.locator(".mm-user-name")).hasText("Ada Lovelace");
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
        assertThat(page.locator("vaadin-login-form, vaadin-form-layout").first())
                .isVisible();
        assertNoVaadinError();
    }

    private void registerCandidate(String username) {
        var response = new ApiClient(port)
                .post(
                        "/api/v1/auth/register",
                        Map.of(
                                "username",
                                username,
                                "password",
                                CANDIDATE_PASSWORD,
                                "email",
                                username + "@example.test",
                                "fullName",
                                "Cara Candidate"),
                        null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
