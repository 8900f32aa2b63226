package com.mockmate.resume.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.Skill;
import com.mockmate.profile.job.ProfileInsightsJob;
import com.mockmate.profile.service.Profiles;
import com.mockmate.resume.job.ResumeJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The résumé in Chromium, the journey: the profile filled in, an interview finished, its insight on the
 * profile, then the résumé asked for, its progress replaced by the finished résumé through server push, the preview's
 * page images loaded, the PDF downloaded, then the page at phone width without sideways scrolling.
 */
@IntegrationTest
class ResumeBrowserTest extends BrowserTest {

    @Autowired
    ResumeJob job;

    @Autowired
    Profiles profiles;

    @Autowired
    ProfileInsightsJob insightsJob;

    @Test
    void a_candidate_fills_in_the_profile_interviews_sees_the_insight_then_gets_a_resume() throws Exception {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "rb" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        profiles.update(
                new AuthenticatedUser(account.id(), account.username(), Role.USER),
                new ProfileContent(
                        account.username(),
                        false,
                        true,
                        "Backend engineer",
                        "I build payment systems that stay up.",
                        "Berlin",
                        List.of(new Experience(
                                "Software Engineer",
                                "Acme Robotics",
                                "2021-03",
                                null,
                                List.of("Cut the order API's p95 latency by 40%"))),
                        List.of(new Education("TU Berlin", "BSc Computer Science", "2016", "2020")),
                        List.of(new Skill("Java", "advanced", 5)),
                        List.of(),
                        List.of()));
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");

        page.navigate(url("/profile"));
        page.getByLabel("Headline").fill("Backend engineer who likes queues");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile"))
                .click();
        assertThat(page.getByText("Saved.", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();

        // Three strong Java interviews earlier on, so that Java reaches a level worth citing on a résumé.
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            history.completed(
                    account.id(),
                    Instant.now().minus(daysAgo, ChronoUnit.DAYS),
                    java.answered("good", 80, 82, 75, 85, 88));
        }
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        Interviews.answerAndFinish(api, token, sessionId, Interviews.coveringEveryKeyPoint(jdbc, sessionId));
        insightsJob.recompute(account.id(), UUID.fromString(sessionId));
        page.navigate(url("/profile"));
        var verified = page.locator(".mm-verified");
        assertThat(verified).containsText("Verified by MockMate");
        assertThat(verified).containsText("From 4 completed interviews");
        assertThat(verified).containsText("Strongest");
        screenshot("resume-0-profile-insight");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My résumé"))
                .click();
        page.waitForURL("**/resume");

        page.getByLabel("Target role").fill("Backend Engineer");
        page.getByLabel("Job description (optional)")
                .fill("We need Java, Spring Boot and Kubernetes experience for our payments platform.");
        button("Generate résumé").click();
        assertThat(page.getByText("Step 1 of 2")).isVisible();
        screenshot("resume-1-queued");

        job.generate(jdbc.queryForObject(
                "SELECT id FROM resumes WHERE user_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class, account.id()));

        var download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF"));
        assertThat(download).isVisible();
        assertThat(page.locator(".mm-resume-match")).containsText("ATS keyword match");
        var firstPage = page.getByAltText("Page 1 of your résumé");
        assertThat(firstPage).isVisible();
        page.waitForCondition(() -> (Boolean) firstPage.evaluate("img => img.complete && img.naturalWidth > 0"));
        assertNoVaadinError();
        screenshot("resume-2-ready");
        var saved = page.waitForDownload(download::click);
        try (var pdf = Loader.loadPDF(Files.readAllBytes(saved.path()))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(
                            "Backend engineer who likes queues", "Acme Robotics", "TU Berlin", "Verified by MockMate");
        }
        assertThat(saved.suggestedFilename()).isEqualTo("resume-backend-engineer.pdf");

        page.setViewportSize(420, 900);
        assertThat(page.getByAltText("Page 1 of your résumé")).isVisible();
        assertThat(fitsWidth(page.locator(".mm-resume")))
                .as("no sideways scrolling at 420 px")
                .isTrue();
        screenshot("resume-3-narrow");
        button("Edit").click();
        assertThat(page.getByLabel("Employer")).hasValue("Acme Robotics");
        assertThat(fitsWidth(page.locator(".mm-resume")))
                .as("the editor fits 420 px too")
                .isTrue();
        screenshot("resume-4-editing-narrow");
    }

    private static boolean fitsWidth(Locator element) {
        return (Boolean) element.evaluate("e => e.scrollWidth <= e.clientWidth");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
