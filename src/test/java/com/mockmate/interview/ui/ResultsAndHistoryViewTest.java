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
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
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
        var answers = _get(AnswerSections.class);
        assertThat(_find(answers, ScoreChips.class)).hasSize(1);
        assertThat(get_textRecursively(_get(ResultsView.class)))
                .contains("Strengths", "To work on", "By topic", "Your answers")
                .contains("7 questions were not answered and count as 0:", "Question 2: ");
        _click(_get(Button.class, spec -> spec.withText("Try this test again")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/start/" + testId);
    }

    @Test
    void results_give_each_question_a_section_with_marked_evidence_key_points_and_a_folded_example_answer() {
        var session = interviews.start(candidate, testId);
        var question = Objects.requireNonNull(session.currentQuestion());
        var reference =
                jdbc.queryForObject("SELECT reference_answer FROM questions WHERE id = ?", String.class, question.id());
        var answer = reference + "\n\nI recieve fewer complaints since they was happy with it.";
        var turnId = interviews
                .submitAnswer(candidate, session.id(), answer, "marks")
                .turnId();
        awaitEvaluated(turnId);
        interviews.finish(candidate, session.id());

        UI.getCurrent().navigate("results/" + session.id());

        var sections = _get(AnswerSections.class);
        assertThat(sections.getChildren()).hasSize(1);
        assertThat(sections.getOpenedIndex()).hasValue(0);
        var panel = _get(sections, AccordionPanel.class);
        assertThat(get_textRecursively(panel.getSummary())).startsWith("Question 1: " + question.text());

        var highlighted = _get(panel, HighlightedAnswer.class);
        assertThat(get_textRecursively(highlighted)).contains(reference.substring(0, 40));
        var marks = _find(highlighted, HighlightedAnswer.AnswerMark.class);
        assertThat(marks)
                .anySatisfy(mark -> {
                    assertThat(mark.getClassNames()).contains("mm-mark", "mm-mark-technical");
                    assertThat(mark.getTitle())
                            .hasValueSatisfying(title -> assertThat(title).contains("Evidence for Technical accuracy"));
                    assertThat(answer).contains(mark.getText());
                })
                .anySatisfy(mark -> {
                    assertThat(mark.getText()).isEqualTo("recieve");
                    assertThat(mark.getClassNames()).contains("mm-mark-finding");
                    assertThat(mark.getTitle())
                            .hasValueSatisfying(title -> assertThat(title)
                                    .contains("Grammar (MORFOLOGIK_RULE_EN_US): Possible spelling mistake found.")
                                    .contains("Try: receive"));
                });
        assertThat(get_textRecursively(_get(highlighted, Div.class, spec -> spec.withClasses("mm-mark-legend"))))
                .contains("Technical accuracy", "grammar finding");

        var takeaways = _get(panel, QuestionTakeaways.class);
        var covered = _get(takeaways, UnorderedList.class, spec -> spec.withClasses("mm-covered"));
        assertThat(covered.getChildren()).isNotEmpty();
        assertThat(get_textRecursively(covered)).startsWith("✓ ");
        assertThat(get_textRecursively(takeaways)).contains("Key points covered", "Key points missed");
        var example = _get(takeaways, Details.class, spec -> spec.withClasses("mm-example-answer"));
        assertThat(example.getSummaryText()).isEqualTo("Example answer");
        assertThat(example.isOpened()).isFalse();
        assertThat(get_textRecursively(example)).contains(reference.substring(0, 30));
        assertThat(_find(panel, Button.class, spec -> spec.withText("Try this question again")))
                .hasSize(1);
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
        assertThat(_find(AnswerSections.class)).isEmpty();
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

    private void awaitEvaluated(UUID turnId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "EVALUATED"
                        .equals(jdbc.queryForObject(
                                "SELECT status FROM interview_turns WHERE id = ?", String.class, turnId)));
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
