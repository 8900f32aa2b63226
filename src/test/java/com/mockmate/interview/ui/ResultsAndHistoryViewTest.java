package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results of a finished interview and the list of a candidate's interviews. */
@IntegrationTest
class ResultsAndHistoryViewTest extends BrowserlessTest {

    private static final String TITLE = "Software Engineer Warm-up";

    @Autowired
    InterviewService interviews;

    AuthenticatedUser candidate;
    UUID testId;

    @BeforeEach
    void candidate() {
        candidate = signInAsNew(Role.USER);
        testId = jdbc.queryForObject("SELECT id FROM assessments WHERE title = ?", UUID.class, TITLE);
    }

    @Test
    void results_show_the_total_the_offline_evaluator_and_the_transcript() {
        var sessionId = finishedInterview();
        var total = jdbc.queryForObject(
                "SELECT total_score FROM interview_sessions WHERE id = ?", BigDecimal.class, sessionId);
        assertThat(total).isNotNull();

        UI.getCurrent().navigate("results/" + sessionId);

        assertThat(_get(H2.class).getText()).isEqualTo("Results: " + TITLE);
        var score = _get(Div.class, spec -> spec.withClasses("mm-total-score"));
        assertThat(get_textRecursively(score)).contains(QuestionScores.shown(total), "/ 100");
        assertThat(_find(Span.class, spec -> spec.withText("Offline evaluator")))
                .hasSize(1);
        var answers = _get(QuestionCards.class);
        assertThat(_find(answers, ScoreChips.class)).hasSize(1);
        assertThat(get_textRecursively(_get(ResultsView.class)))
                .contains("Strengths", "To work on", "By topic", "Your answers")
                .contains("7 questions were not answered and count as 0:", "Question 2: ");
        _click(_get(Button.class, spec -> spec.withText("Try this test again")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/start/" + testId);
    }

    @Test
    void results_without_any_answer_say_so_and_offer_next_steps() {
        var sessionId = interviews.start(candidate, testId).id();
        interviews.finish(candidate, sessionId);

        UI.getCurrent().navigate("results/" + sessionId);

        var text = get_textRecursively(_get(ResultsView.class));
        assertThat(text)
                .contains("No score for this interview", "You finished before answering a question")
                .doesNotContain("–", "Nothing noted", "Strengths");
        assertThat(_find(Div.class, spec -> spec.withClasses("mm-total-score"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Try this test again")))
                .hasSize(1);
    }

    @Test
    void results_of_another_users_interview_are_not_found() {
        var sessionId = finishedInterview();
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("results/" + sessionId);

        assertThat(_get(H2.class).getText()).isEqualTo("Results not found");
        assertThat(_find(QuestionCards.class)).isEmpty();
    }

    @Test
    void results_for_an_address_that_is_not_a_session_id_are_not_found() {
        UI.getCurrent().navigate("results/not-a-session");

        assertThat(_get(H2.class).getText()).isEqualTo("Results not found");
    }

    @Test
    void history_lists_own_interviews_with_their_test_title_and_opens_one() {
        var inProgress = interviews.start(candidate, testId).id();
        var otherUser = signInAsNew(Role.USER);
        interviews.start(otherUser, testId);
        signInAs(candidate.username());

        UI.getCurrent().navigate("history");

        var grid = _get(HistoryView.class).grid;
        assertThat(_size(grid)).as("only the candidate's own interviews").isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains(TITLE, "In progress", "–", "Offline evaluator");
        _clickItem(grid, 0, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + inProgress);
    }

    @Test
    void a_completed_interview_in_the_history_shows_its_score_and_opens_its_results() {
        var sessionId = finishedInterview();

        UI.getCurrent().navigate("history");

        var grid = _get(HistoryView.class).grid;
        var total = jdbc.queryForObject(
                "SELECT total_score FROM interview_sessions WHERE id = ?", BigDecimal.class, sessionId);
        assertThat(_getFormattedRow(grid, 0)).contains(TITLE, "Completed", QuestionScores.shown(total));
        _clickItem(grid, 0, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("results/" + sessionId);
    }

    @Test
    void an_empty_history_says_how_to_start() {
        UI.getCurrent().navigate("history");

        var grid = _get(HistoryView.class).grid;
        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).contains("No interviews yet");
    }

    /** One evaluated answer through the real pipeline, then finished. */
    private UUID finishedInterview() {
        var sessionId = interviews.start(candidate, testId).id();
        var turnId = interviews
                .submitAnswer(
                        candidate,
                        sessionId,
                        "An index is a B-tree that speeds up lookups, for example on a foreign key, but it slows down writes.",
                        "r1")
                .turnId();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "EVALUATED"
                        .equals(jdbc.queryForObject(
                                "SELECT status FROM interview_turns WHERE id = ?", String.class, turnId)));
        interviews.finish(candidate, sessionId);
        return sessionId;
    }
}
