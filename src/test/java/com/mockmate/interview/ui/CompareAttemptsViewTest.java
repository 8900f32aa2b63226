package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.base.error.ConflictException;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.service.PracticeService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Trying a question again from the results, and two attempts side by side. */
@IntegrationTest
class CompareAttemptsViewTest extends BrowserlessTest {

    static final String WEAK_ANSWER = "I am not sure, I think it depends on the situation.";

    @Autowired
    InterviewService interviews;

    @Autowired
    PracticeService practice;

    AuthenticatedUser candidate;
    UUID testId;

    @BeforeEach
    void candidate() {
        candidate = signInAsNew(Role.USER);
        testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
    }

    @Test
    void try_again_on_the_results_starts_a_practice_session_of_that_question() {
        var original = finishedInterview(WEAK_ANSWER);

        UI.getCurrent().navigate("results/" + original);
        assertThat(_find(Button.class, spec -> spec.withText("Compare attempts (2)")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Try this question again")));

        var practiceId =
                jdbc.queryForObject("SELECT id FROM interview_sessions WHERE practice_of = ?", UUID.class, original);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + practiceId);
    }

    @Test
    void a_second_attempt_is_compared_with_the_first_side_by_side() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var practiceId = practice.tryAgain(candidate, original, questionId).id();
        answerAndFinish(practiceId, Interviews.coveringEveryKeyPoint(jdbc, original.toString()));

        UI.getCurrent().navigate("results/" + practiceId);
        assertThat(_get(H2.class).getText()).startsWith("Practice: ");
        assertThat(get_textRecursively(_get(ResultsView.class)))
                .contains(
                        "One question of your interview tried again.",
                        "A practice attempt: kept apart from your test averages.");
        _click(_get(Button.class, spec -> spec.withText("Compare attempts (2)")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("attempts/" + questionId + "/compare");
        var view = _get(CompareAttemptsView.class);
        var table = _get(AttemptTable.class);
        assertThat(get_textRecursively(table.getHead())).contains("Earlier", "Test", "Later", "Practice", "Change");
        var rows = table.getBody().getRows();
        assertThat(rows)
                .extracting(row -> get_textRecursively(row.getAllCells().getFirst()))
                .containsExactly("Technical", "Depth", "Communication", "Grammar", "Total", "Length");
        var total = rows.get(4);
        assertThat(changeOf(total).getClassNames()).contains("mm-delta-up");
        assertThat(changeOf(total).getText()).startsWith("+");
        assertThat(changeOf(rows.get(5)).getText()).startsWith("+").endsWith(" words");
        var keyPoints = get_textRecursively(_get(view, Div.class, spec -> spec.withClasses("mm-compare-key-points")));
        assertThat(keyPoints).contains("Newly covered", "No longer covered (0)");
        assertThat(_find(view, Div.class, spec -> spec.withClasses("mm-point-new")))
                .singleElement()
                .satisfies(newly -> assertThat(get_textRecursively(newly)).doesNotContain("Newly covered (0)"));
        assertThat(get_textRecursively(view)).contains(WEAK_ANSWER);
        SessionSerialization.roundTripCurrentSession("compare view");
    }

    @Test
    void a_question_with_one_attempt_has_nothing_to_compare() {
        var original = finishedInterview(WEAK_ANSWER);

        UI.getCurrent().navigate("attempts/" + firstQuestionId(original) + "/compare");

        assertThat(_get(H2.class).getText()).isEqualTo("Nothing to compare");
        assertThat(_find(AttemptTable.class)).isEmpty();
    }

    @Test
    void another_users_attempts_are_not_shown() {
        var original = finishedInterview(WEAK_ANSWER);
        var questionId = firstQuestionId(original);
        var practiceId = practice.tryAgain(candidate, original, questionId).id();
        answerAndFinish(practiceId, WEAK_ANSWER);
        signInAsNew(Role.USER);

        UI.getCurrent()
                .navigate(
                        CompareAttemptsView.path(questionId),
                        QueryParameters.simple(Map.of("a", original.toString(), "b", practiceId.toString())));

        assertThat(_get(H2.class).getText()).isEqualTo("Nothing to compare");
        assertThat(_find(AttemptTable.class)).isEmpty();
    }

    @Test
    void the_history_marks_practice_sessions() {
        var original = finishedInterview(WEAK_ANSWER);
        practice.tryAgain(candidate, original, firstQuestionId(original));

        UI.getCurrent().navigate("history");

        var grid = _get(HistoryView.class).grid;
        assertThat(get_textRecursively(_getCellComponent(grid, 0, "kind"))).isEqualTo("Practice");
        assertThat(get_textRecursively(_getCellComponent(grid, 1, "kind"))).isEmpty();
    }

    private static Span changeOf(NativeTableRow row) {
        return (Span) row.getDataCell(2).orElseThrow().getChildren().findFirst().orElseThrow();
    }

    private UUID finishedInterview(String answer) {
        var sessionId = interviews.start(candidate, testId).id();
        answerAndFinish(sessionId, answer);
        return sessionId;
    }

    private void answerAndFinish(UUID sessionId, String answer) {
        var turnId = interviews
                .submitAnswer(candidate, sessionId, answer, "c-" + UUID.randomUUID())
                .turnId();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "EVALUATED"
                        .equals(jdbc.queryForObject(
                                "SELECT status FROM interview_turns WHERE id = ?", String.class, turnId)));
        // The worker may still hold the session's lock for a moment after the turn is stored as evaluated.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .ignoreException(ConflictException.class)
                .until(() -> interviews.finish(candidate, sessionId).status() == SessionStatus.COMPLETED);
    }

    private UUID firstQuestionId(UUID sessionId) {
        return UUID.fromString(jdbc.queryForObject(
                "SELECT questions -> 'questions' -> 0 ->> 'id' FROM interview_sessions WHERE id = ?",
                String.class,
                sessionId));
    }
}
