package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page between a test's card and the interview: start, or resume an unfinished one. */
@IntegrationTest
class StartInterviewViewTest extends BrowserlessTest {

    @Autowired
    InterviewService interviews;

    AuthenticatedUser candidate;
    UUID testId;

    @BeforeEach
    void candidate() {
        candidate = signInAsNew(Role.USER);
        testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
    }

    @Test
    void starting_creates_a_session_and_opens_the_interview() {
        UI.getCurrent().navigate("interview/start/" + testId);
        assertThat(_get(H2.class).getText()).isEqualTo("Software Engineer Warm-up");

        _click(_get(Button.class, spec -> spec.withText("Start interview")));

        var sessionId =
                jdbc.queryForObject("SELECT id FROM interview_sessions WHERE user_id = ?", UUID.class, candidate.id());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + sessionId);
    }

    @Test
    void an_unfinished_interview_is_offered_for_resuming_and_reloading_starts_nothing() {
        var unfinished = interviews.start(candidate, testId);

        UI.getCurrent().navigate("interview/start/" + testId);
        UI.getCurrent().getPage().reload();

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interview_sessions WHERE user_id = ?", Integer.class, candidate.id()))
                .isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Resume your interview")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + unfinished.id());
    }

    @Test
    void starting_over_asks_first_then_sets_the_unfinished_interview_aside() {
        var unfinished = interviews.start(candidate, testId).id();
        UI.getCurrent().navigate("interview/start/" + testId);

        _click(_get(Button.class, spec -> spec.withText("Start over")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(jdbc.queryForObject("SELECT status FROM interview_sessions WHERE id = ?", String.class, unfinished))
                .isEqualTo("ABANDONED");
        var fresh = jdbc.queryForObject(
                "SELECT id FROM interview_sessions WHERE user_id = ? AND status = 'IN_PROGRESS'",
                UUID.class,
                candidate.id());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + fresh);

        UI.getCurrent().navigate("interview/" + unfinished);
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("results/" + unfinished);
        assertThat(get_textRecursively(_get(ResultsView.class)))
                .contains("Set aside: Software Engineer Warm-up", "has no score");
    }

    @Test
    void with_too_many_interviews_in_progress_it_says_so_and_offers_to_resume_each() {
        var otherTest = copyOfTheWarmUp();
        try {
            var open = java.util.List.of(
                    interviews.start(candidate, otherTest).id(),
                    interviews.start(candidate, otherTest).id(),
                    interviews.start(candidate, otherTest).id());
            UI.getCurrent().navigate("interview/start/" + testId);

            _click(_get(Button.class, spec -> spec.withText("Start interview")));

            assertThat(get_textRecursively(_get(Div.class, spec -> spec.withClasses("mm-open-sessions"))))
                    .contains("You already have 3 interviews in progress", "Resume or finish one of them first");
            var resumes = _find(
                    Button.class,
                    spec -> spec.withPredicate(b -> b.getText().startsWith("Resume Second sitting (started")));
            assertThat(resumes).hasSize(3);
            assertThat(_get(StartInterviewView.class).start.isVisible()).isFalse();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM interview_sessions WHERE user_id = ?", Integer.class, candidate.id()))
                    .isEqualTo(3);

            _click(resumes.getFirst());

            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isIn(open.stream().map(id -> "interview/" + id).toList());
        } finally {
            jdbc.update("DELETE FROM interview_sessions WHERE assessment_id = ?", otherTest);
            jdbc.update("DELETE FROM assessment_questions WHERE assessment_id = ?", otherTest);
            jdbc.update("DELETE FROM assessments WHERE id = ?", otherTest);
        }
    }

    /** A second published test with the warm-up's questions, removed again by the test that makes it. */
    private UUID copyOfTheWarmUp() {
        var id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO assessments (id, title, description, status, owner_id, time_limit_minutes, created_at,"
                        + " updated_at, version) SELECT ?, 'Second sitting', description, 'PUBLISHED', owner_id,"
                        + " time_limit_minutes, now(), now(), 0 FROM assessments WHERE id = ?",
                id,
                testId);
        jdbc.update(
                "INSERT INTO assessment_questions (assessment_id, question_id, position)"
                        + " SELECT ?, question_id, position FROM assessment_questions WHERE assessment_id = ?",
                id,
                testId);
        return id;
    }

    @Test
    void a_test_that_is_not_published_is_not_available() {
        jdbc.update("UPDATE assessments SET status = 'DRAFT' WHERE id = ?", testId);

        UI.getCurrent().navigate("interview/start/" + testId);

        assertThat(_get(H2.class).getText()).isEqualTo("Test not available");
        assertThat(_find(Button.class, spec -> spec.withText("Start interview")))
                .isEmpty();
    }
}
