package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.interview.job.SessionSummaryJob;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary at the top of the results: "being written" at first, then the written summary by server push. */
@IntegrationTest
class ResultsSummaryViewTest extends BrowserlessTest {

    @Autowired
    InterviewService interviews;

    @Autowired
    SessionSummaryJob job;

    AuthenticatedUser candidate;
    UUID sessionId;

    @BeforeEach
    void finishedInterview() {
        candidate = signInAsNew(Role.USER);
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var session = interviews.start(candidate, testId);
        sessionId = session.id();
        var exampleAnswer = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                session.currentQuestion().id());
        var turnId = interviews
                .submitAnswer(candidate, sessionId, exampleAnswer, "v1")
                .turnId();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "EVALUATED"
                        .equals(jdbc.queryForObject(
                                "SELECT status FROM interview_turns WHERE id = ?", String.class, turnId)));
        // The evaluating instance lets go of the session's lock a moment after the turn is stored.
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> interviews.finish(candidate, sessionId) != null);
    }

    @Test
    void the_summary_is_being_written_then_arrives_by_push_once_the_job_has_run() {
        UI.getCurrent().navigate("results/" + sessionId);
        var view = _get(ResultsView.class);
        var panel = _get(view, SummaryPanel.class);
        assertThat(get_textRecursively(panel))
                .contains(SummaryPanel.WRITING, "Strengths", "To work on")
                .doesNotContain("Next step:");

        job.write(sessionId);

        await().atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    // Runs the refresh that the summary.written event queued with ui.access().
                    MockVaadin.clientRoundtrip(false);
                    return !get_textRecursively(panel).contains(SummaryPanel.WRITING);
                });
        assertThat(panel.getElement().getAttribute("data-pushed-updates"))
                .as("the summary arrived by server push, not by polling")
                .isNotNull();
        var text = get_textRecursively(panel);
        assertThat(text)
                .contains("Offline summary", "Your strongest dimension was ", "Next step: ", "Practise next: ")
                .contains("7 questions were left unanswered and counted as 0");
        assertThat(UI.getCurrent().getPollInterval())
                .as("nothing left to wait for")
                .isEqualTo(-1);
        SessionSerialization.roundTripCurrentSession("results with a written summary");
    }

    @Test
    void a_written_summary_shows_at_once_on_a_later_visit() {
        job.write(sessionId);

        UI.getCurrent().navigate("results/" + sessionId);

        var text = get_textRecursively(_get(SummaryPanel.class));
        assertThat(text).doesNotContain(SummaryPanel.WRITING).contains("Offline summary", "Next step: ");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
