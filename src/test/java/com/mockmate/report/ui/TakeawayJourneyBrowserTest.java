package com.mockmate.report.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.report.job.ReportPdfJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.nio.file.Files;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a candidate takes away, in one journey through Chromium: finish an interview, read its report, try a question
 * again, compare the attempts, watch the progress chart, download the PDF, and send a share link that a mentor opens
 * in a browser of their own without logging in.
 */
@IntegrationTest
class TakeawayJourneyBrowserTest extends BrowserTest {

    @Autowired
    ReportPdfJob pdfJob;

    @Test
    void a_candidate_reads_the_report_practises_compares_sees_progress_and_shares_the_pdf() throws Exception {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "tj" + UUID.randomUUID().toString().substring(0, 8));
        var token = Accounts.login(api, account).accessToken();
        var original = Interviews.startWarmUp(api, jdbc, token);
        var question = api.get("/api/v1/sessions/" + original, token)
                .json()
                .get("currentQuestion")
                .get("text")
                .asString();
        Interviews.answerAndFinish(api, token, original, "I am not sure, I think it depends on the situation.");

        // A long journey of many round trips: on a machine busy with other builds a single step can exceed 15 s.
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(url("/login"));
        logIn(account.username(), account.password());
        page.waitForURL("**/assessments");

        page.navigate(url("/results/" + original));
        button("Full report, PDF and sharing").click();
        page.waitForURL("**/report/" + original);
        assertThat(page.locator("h2")).containsText("Report: Software Engineer Warm-up");
        assertThat(page.getByText("Question by question")).isVisible();
        assertThat(page.locator(".mm-report-sections")).containsText(question);
        assertNoVaadinError();
        screenshot("journey-1-report");

        page.navigate(url("/results/" + original));
        var tryAgain = button("Try this question again");
        tryAgain.scrollIntoViewIfNeeded();
        tryAgain.click();
        page.waitForURL("**/interview/**");
        page.getByText("Typing", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".mm-question-current")).containsText("Question 1 of 1");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your answer"))
                .fill(Interviews.coveringEveryKeyPoint(jdbc, original));
        button("Send answer").click();
        page.waitForCondition(
                () -> page.locator(".mm-results").count() > 0
                        || page.locator(".mm-questions .mm-score-chips").count() == 1,
                new Page.WaitForConditionOptions().setTimeout(60_000));
        if (page.locator(".mm-results").count() == 0) {
            button("Finish interview").click();
        }
        page.waitForURL("**/results/**");
        assertThat(page.locator("h2")).containsText("Practice: Software Engineer Warm-up");
        screenshot("journey-2-practice-results");

        button("Compare attempts (2)").click();
        page.waitForURL("**/attempts/*/compare");
        assertThat(page.locator(".mm-compare-table")).isVisible();
        assertThat(page.locator(".mm-compare-total .mm-delta-up")).isVisible();
        assertNoVaadinError();
        screenshot("journey-3-compare");
        page.setViewportSize(420, 900);
        page.locator(".mm-compare-table").scrollIntoViewIfNeeded();
        screenshot("journey-3-compare-narrow");
        page.setViewportSize(1280, 900);

        page.navigate(url("/history"));
        assertThat(page.locator("vaadin-grid").getByText("Practice", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        page.navigate(url("/progress"));
        var totalsChart = page.locator("mm-echart").first();
        assertThat(totalsChart.locator("svg path").first()).isAttached();
        assertThat(totalsChart).hasAttribute("role", "img");
        screenshot("journey-4-progress");

        page.navigate(url("/report/" + original));
        button("Download PDF").click();
        assertThat(page.getByText("Making the PDF…")).isVisible();
        pdfJob.render(UUID.fromString(original));
        var downloadLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF"));
        assertThat(downloadLink).isVisible();
        var download = page.waitForDownload(downloadLink::click);
        var bytes = Files.readAllBytes(download.path());
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Question 1: " + question)
                    .contains("Total score:");
        }

        button("Share with a mentor").click();
        var shareField = page.locator("vaadin-text-field.mm-share-url input");
        assertThat(shareField).hasValue(java.util.regex.Pattern.compile("^http://localhost:" + port + "/shared/.+"));
        var shareUrl = shareField.inputValue();
        screenshot("journey-5-shared-link");
        page.setViewportSize(420, 900);
        screenshot("journey-5-shared-link-narrow");
        page.setViewportSize(1280, 900);

        try (var mentor = newContext()) {
            var mentorPage = mentor.newPage();
            mentorPage.navigate(shareUrl);
            assertThat(mentorPage.locator("h2")).containsText("Interview report: Software Engineer Warm-up");
            assertThat(mentorPage.locator("input[name=password]")).hasCount(0);
            assertThat(mentorPage.locator(".mm-report-sections")).containsText(question);
            var sharedPdf =
                    mentorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF"));
            var pdfResponse = mentor.request()
                    .get(
                            sharedPdf.getAttribute("href").startsWith("http")
                                    ? sharedPdf.getAttribute("href")
                                    : url(sharedPdf.getAttribute("href")));
            assertThat(pdfResponse.status()).isEqualTo(200);
            assertThat(pdfResponse.headers().get("content-type")).startsWith("application/pdf");
            mentorPage.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("journey-6-mentor-view.png"))
                    .setFullPage(true));
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
