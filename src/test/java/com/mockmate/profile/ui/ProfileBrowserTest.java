package com.mockmate.profile.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.mockmate.profile.job.ProfileInsightsJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile editor and the public page in Chromium, on a desktop and at phone width. */
@IntegrationTest
class ProfileBrowserTest extends BrowserTest {

    @Autowired
    ProfileInsightsJob insightsJob;

    @Test
    void the_profile_editor_and_public_page_fit_a_desktop_and_a_phone() {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "pat.profile");
        var token = Accounts.login(api, account).accessToken();
        api.put("/api/v1/profile", profile(), token);
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var sql = history.question("SQL & Databases", 0);
        var now = Instant.now();
        history.completed(account.id(), now.minus(2, ChronoUnit.DAYS), java.answered("good", 72, 70, 65, 80, 85));
        history.completed(account.id(), now.minus(1, ChronoUnit.DAYS), java.answered("good", 78, 75, 70, 85, 90));
        var last = history.completed(
                account.id(),
                now,
                java.answered("excellent", 84, 85, 75, 90, 90),
                sql.answered("fair", 55, 50, 45, 65, 80));
        insightsJob.recompute(account.id(), last);

        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");
        page.navigate(url("/profile"));
        assertThat(page.getByText("Verified by MockMate").first()).isVisible();
        page.getByLabel("Headline").fill("Backend engineer who likes queues");
        page.getByLabel("Headline").press("Tab");
        assertThat(page.locator(".mm-profile-card h3")).hasText("Backend engineer who likes queues");
        assertNoVaadinError();

        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("me.jpg", "image/jpeg", jpeg(900, 600)));
        assertThat(page.getByText("Photo saved.")).isVisible();
        var photo = page.locator(".mm-profile-card img");
        assertThat(photo).hasAttribute("alt", "Profile photo");
        page.waitForCondition(() -> (Boolean) photo.evaluate("img => img.complete && img.naturalWidth > 0"));
        assertThat((Integer) photo.evaluate("img => img.naturalWidth")).isEqualTo(512);
        assertThat(page.locator("vaadin-upload vaadin-button")).isEnabled();
        page.setViewportSize(1280, 3400);
        screenshot("profile-desktop");

        page.setViewportSize(420, 4200);
        page.waitForTimeout(300);
        var overflow = (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 420 px").isFalse();
        screenshot("profile-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.getByText("Saved. Your profile is public.")).isVisible();
        page.setViewportSize(1280, 1800);
        page.navigate(url("/p/pat-profile"));
        assertThat(page.getByText("Backend engineer who likes queues")).isVisible();
        assertThat(page.locator("body")).not().containsText("Test pat.profile");
        screenshot("public-profile-desktop");
        page.setViewportSize(420, 2600);
        page.waitForTimeout(300);
        screenshot("public-profile-phone");
    }

    /** A photo larger than the 512 px the server keeps, so the preview shows the re-encoded one. */
    private static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f, 0x5f, 0xbf));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 3, height / 6, width / 3, height * 2 / 3);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> profile() {
        return Map.of(
                "public",
                true,
                "headline",
                "Backend engineer",
                "location",
                "Berlin",
                "about",
                "I build payment systems and like making slow things fast.",
                "experience",
                List.of(Map.of(
                        "title", "Software Engineer",
                        "company", "Acme Robotics",
                        "start", "2021-03",
                        "bullets", List.of("Cut the order API's p95 latency by 40%", "Led the move to Java 21"))),
                "education",
                List.of(Map.of(
                        "institution", "TU Berlin", "degree", "BSc Computer Science", "start", "2016", "end", "2020")),
                "skills",
                List.of(
                        Map.of("name", "Java", "level", "advanced", "years", 5),
                        Map.of("name", "PostgreSQL", "level", "intermediate", "years", 3),
                        Map.of("name", "Kafka", "level", "intermediate")),
                "links",
                List.of(Map.of("label", "GitHub", "url", "https://github.com/pat")));
    }
}
