package com.mockmate.report.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.account.ui.AccountView;
import com.mockmate.interview.job.SessionSummaryJob;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.report.job.ReportPdfJob;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report screen: questions with key points and example answers, the PDF once made, a share link to revoke. */
@IntegrationTest
class ReportViewTest extends BrowserlessTest {

    @Autowired
    InterviewService interviews;

    @Autowired
    ReportPdfJob pdfJob;

    @Autowired
    SessionSummaryJob summaryJob;

    AuthenticatedUser candidate;

    @BeforeEach
    void candidate() {
        candidate = signInAsNew(Role.USER);
    }

    @Test
    void the_report_shows_each_question_then_offers_the_pdf_and_a_share_link_that_can_be_revoked() {
        var sessionId = finishedInterview();
        summaryJob.write(sessionId);
        UI.getCurrent().navigate("results/" + sessionId);
        _click(_get(Button.class, spec -> spec.withText("Full report, PDF and sharing")));

        assertThat(_get(H2.class).getText()).isEqualTo("Report: Software Engineer Warm-up");
        assertThat(get_textRecursively(_get(ReportSummary.class)))
                .contains("To work on", "Next step: ", "Summary written by Offline summary");
        var sections = _get(ReportSections.class);
        assertThat(get_textRecursively(sections))
                .contains("Question 1: ", "Key points covered", "Key points missed", "Example answer", "Technical: ");

        _click(_get(Button.class, spec -> spec.withText("Download PDF")));
        assertThat(get_textRecursively(_get(ReportView.class))).contains("Making the PDF");
        pdfJob.render(sessionId);
        UI.getCurrent().navigate("report/" + sessionId);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download the PDF")))
                .hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Share with a mentor")));
        assertThat(_get(TextField.class).getValue()).contains("/shared/");

        UI.getCurrent().navigate(AccountView.class);
        var links = _get(OwnShareLinks.class);
        assertThat(get_textRecursively(links)).contains("valid until", "opened 0 times");
        _click(_get(links, Button.class, spec -> spec.withText("Revoke")));
        assertThat(get_textRecursively(_get(OwnShareLinks.class))).contains("revoked");
        assertThat(_find(_get(OwnShareLinks.class), Button.class, spec -> spec.withText("Revoke")))
                .isEmpty();
    }

    @Test
    void an_unfinished_interview_has_no_report_yet() {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = interviews.start(candidate, testId).id();

        UI.getCurrent().navigate("report/" + sessionId);

        assertThat(_get(H2.class).getText()).isEqualTo("No report yet");
        assertThat(_find(Accordion.class)).isEmpty();
    }

    private UUID finishedInterview() {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = interviews.start(candidate, testId).id();
        var turnId = interviews
                .submitAnswer(
                        candidate,
                        sessionId,
                        "An index is a B-tree that speeds up lookups, for example on a foreign key, but it slows down"
                                + " writes.",
                        "r1")
                .turnId();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "EVALUATED"
                        .equals(jdbc.queryForObject(
                                "SELECT status FROM interview_turns WHERE id = ?", String.class, turnId)));
        // The turn's row says EVALUATED a moment before the evaluation lets go of the session.
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .untilAsserted(() -> interviews.finish(candidate, sessionId));
        return sessionId;
    }
}
