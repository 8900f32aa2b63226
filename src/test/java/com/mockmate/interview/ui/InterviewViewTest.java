package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.base.ratelimit.TokenBuckets;
import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.AnswerRateLimit;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The interview screen without a browser: real services, database, Redis and the offline evaluator. */
@IntegrationTest
class InterviewViewTest extends BrowserlessTest {

    private static final String ANSWER =
            "A HashMap hashes the key to pick a bucket, then uses equals to find the entry, for example on collisions.";

    @Autowired
    InterviewService interviews;

    @Autowired
    TokenBuckets buckets;

    AuthenticatedUser candidate;
    UUID sessionId;

    @BeforeEach
    void candidateWithSession() {
        candidate = signInAsNew(Role.USER);
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        sessionId = interviews.start(candidate, testId).id();
    }

    @Test
    void a_pushed_update_and_a_reload_show_the_same_conversation() {
        var view = open();
        _setValue(view.answer, ANSWER);
        _click(view.send);
        assertThat(view.answer.getValue()).as("a sent answer leaves the box").isEmpty();

        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    // Runs what other threads queued with ui.access(): here, the refresh the evaluated event pushed.
                    MockVaadin.clientRoundtrip(false);
                    return !_find(view.questions, ScoreChips.class).isEmpty();
                });
        assertThat(view.getElement().getAttribute("data-pushed-updates"))
                .as("the scores arrived by server push, not by polling")
                .isNotNull();
        var live = snapshot(view);
        assertThat(live)
                .contains(ANSWER, "Technical", "Depth", "Communication", "Grammar", "Total", "Offline evaluator");
        assertThat(UI.getCurrent().getPollInterval())
                .as("polling stops once nothing is pending")
                .isEqualTo(-1);
        assertThat(view.send.isEnabled()).isTrue();

        UI.getCurrent().getPage().reload();

        var reloaded = _get(InterviewView.class);
        assertThat(reloaded).isNotSameAs(view);
        assertThat(snapshot(reloaded)).isEqualTo(live);
    }

    @Test
    void an_answer_with_nothing_to_judge_shows_not_assessed_next_to_its_zeros() {
        var view = open();
        _setValue(view.answer, "I'm not sure, I haven't used that.");
        _click(view.send);
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return !_find(view.questions, ScoreChips.class).isEmpty();
                });

        var chips = _get(view.questions, ScoreChips.class);
        var unassessed = _find(chips, Span.class, spec -> spec.withClasses("mm-score-unassessed"));
        assertThat(unassessed).hasSize(4);
        assertThat(unassessed)
                .allSatisfy(chip -> assertThat(get_textRecursively(chip)).contains("0", ScoreChips.NOT_ASSESSED));
        assertThat(get_textRecursively(_get(view.questions, EvaluationDetails.class)))
                .contains("Grammar: not assessed", "Technical accuracy: not assessed");
    }

    /** The scores of an answer sit in the card of the question answered, never beside the next question. */
    @Test
    void each_question_is_one_card_with_its_own_answers_and_scores() {
        var view = open();
        var firstQuestion = questionText(view);
        _setValue(view.answer, ANSWER);
        _click(view.send);
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return !_find(view.questions, ScoreChips.class).isEmpty();
                });

        var cards = _find(view.questions, Div.class, spec -> spec.withClasses("mm-question-card"));
        var first = cards.getFirst();
        assertThat(get_textRecursively(first)).contains("Question 1 of 8", firstQuestion, ANSWER, "Question score");
        assertThat(_find(first, ScoreChips.class)).hasSize(1);
        for (var later : cards.subList(1, cards.size())) {
            assertThat(_find(later, ScoreChips.class))
                    .as("a later question has no scores yet")
                    .isEmpty();
            assertThat(get_textRecursively(later)).doesNotContain("Question score");
        }
        var current = _get(view.questions, Div.class, spec -> spec.withClasses("mm-question-current"));
        assertThat(current == first || cards.indexOf(current) == 1)
                .as("the current question is the follow-up on question 1 or question 2")
                .isTrue();
    }

    @Test
    void the_current_question_appears_once() {
        var view = open();

        var question = questionText(view);
        var text = get_textRecursively(view);
        assertThat(text.indexOf(question)).isEqualTo(text.lastIndexOf(question)).isPositive();
        assertThat(text).contains("Question 1 of 8");
    }

    @Test
    void shows_the_interviewer_thinking_and_polls_while_an_answer_is_pending() {
        insertTurn("PENDING", null);

        var view = open();

        var thinking = _get(view.questions, Div.class, spec -> spec.withClasses("mm-thinking"));
        assertThat(get_textRecursively(thinking)).contains("Interviewer is thinking…");
        assertThat(view.send.isEnabled()).isFalse();
        assertThat(view.answer.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval())
                .as("with push on, polling is only a slow safety net")
                .isEqualTo(LiveUpdates.PUSH_SAFETY_POLL_MILLIS);
    }

    @Test
    void a_failed_turn_shows_its_reason_and_try_again_evaluates_it() {
        var turnId = insertTurn("FAILED", "The model did not answer in time.");
        var view = open();

        var failed = _get(view.questions, Div.class, spec -> spec.withClasses("mm-failed"));
        assertThat(get_textRecursively(failed)).contains("The model did not answer in time.");
        _click(_get(failed, Button.class, spec -> spec.withText("Try again")));

        assertThat(status(turnId)).isIn("PENDING", "EVALUATED");
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    _fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
                    return !_find(view.questions, ScoreChips.class).isEmpty();
                });
        assertThat(status(turnId)).isEqualTo("EVALUATED");
        assertThat(_find(view.questions, Div.class, spec -> spec.withClasses("mm-failed")))
                .isEmpty();
    }

    /** Its recording was deleted, as retrying it could not succeed: the reason says to record again, no button. */
    @Test
    void a_failed_recording_that_was_not_kept_offers_no_try_again() {
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position, client_turn_id,"
                        + " status, failure_reason, answer_mode, audio_deleted_at, created_at, updated_at)"
                        + " SELECT ?, s.id, aq.question_id, 1, 1, 'v1', 'FAILED', 'Please record your answer again.',"
                        + " 'VOICE', now(), now(), now() FROM interview_sessions s JOIN assessment_questions aq"
                        + " ON aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?",
                UUID.randomUUID(),
                sessionId);

        var view = open();

        var failed = _get(view.questions, Div.class, spec -> spec.withClasses("mm-failed"));
        assertThat(get_textRecursively(failed)).contains("Please record your answer again.");
        assertThat(_find(failed, Button.class)).isEmpty();
    }

    @Test
    void an_empty_answer_shows_an_inline_error_and_stores_nothing() {
        var view = open();
        _setValue(view.answer, "   ");
        _click(view.send);

        assertThat(view.answer.isInvalid()).isTrue();
        assertThat(view.answer.getErrorMessage()).isEqualTo("Write an answer first.");
        assertThat(turnCount()).isZero();
    }

    @Test
    void a_rejected_answer_shows_why_and_keeps_what_was_typed() {
        AnswerRateLimit.exhaust(buckets, candidate.id());
        var view = open();
        _setValue(view.answer, ANSWER);
        _click(view.send);

        expectNotifications("You are answering faster than 12 times a minute.");
        assertThat(view.answer.getValue()).isEqualTo(ANSWER);
        assertThat(view.send.isEnabled()).isTrue();
        assertThat(turnCount()).isZero();
    }

    @Test
    void finishing_early_asks_first_and_keeping_going_finishes_nothing() {
        var view = open();
        _click(view.finish);

        var dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("You've answered 0 of 8 — finish now?");
        assertThat(dialog.getElement().getProperty("message"))
                .contains("The 8 questions you haven't answered count as 0 in your total score.");
        _fireCancel(dialog);

        assertThat(jdbc.queryForObject("SELECT status FROM interview_sessions WHERE id = ?", String.class, sessionId))
                .isEqualTo("IN_PROGRESS");
        assertThat(_find(InterviewView.class)).hasSize(1);
    }

    @Test
    void finish_completes_the_interview_and_opens_the_results() {
        var view = open();
        _click(view.finish);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(jdbc.queryForObject("SELECT status FROM interview_sessions WHERE id = ?", String.class, sessionId))
                .isEqualTo("COMPLETED");
        assertThat(_find(ResultsView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("results/" + sessionId);
    }

    @Test
    void another_users_session_is_not_found() {
        var other = signInAsNew(Role.USER);
        assertThat(other.id()).isNotEqualTo(candidate.id());

        open();

        assertThat(_get(H2.class).getText()).isEqualTo("Interview not found");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void an_id_that_is_not_a_uuid_is_not_found() {
        UI.getCurrent().navigate("interview/not-a-session");

        assertThat(_get(H2.class).getText()).isEqualTo("Interview not found");
    }

    @Test
    void a_transcript_under_review_is_shown_for_correction_and_then_scored() {
        var turnId = insertTurn("AWAITING_REVIEW", null);
        jdbc.update(
                "UPDATE interview_turns SET answer_mode = 'VOICE', transcript_provider = 'offline',"
                        + " transcript_low_accuracy = true, review_transcript = true, delivery = '{\"durationSeconds\": 10,"
                        + " \"wordsPerMinute\": 216, \"fillerWordCount\": 0, \"fillers\": [], \"longPauses\": 0,"
                        + " \"estimated\": false}'::jsonb WHERE id = ?",
                turnId);

        var view = open();

        assertThat(view.composer.review.isVisible()).isTrue();
        assertThat(view.composer.review.text.getValue()).isEqualTo(ANSWER);
        assertThat(view.answerMode.isVisible())
                .as("no new answer while one is reviewed")
                .isFalse();
        assertThat(get_textRecursively(view.questions))
                .contains("You, spoken", "Transcript: offline recogniser, low accuracy");

        _setValue(view.composer.review.text, ANSWER + " Corrected.");
        _click(view.composer.review.confirm);

        assertThat(jdbc.queryForObject("SELECT answer_text FROM interview_turns WHERE id = ?", String.class, turnId))
                .isEqualTo(ANSWER + " Corrected.");
        assertThat(jdbc.queryForObject(
                        "SELECT (delivery ->> 'wordsPerMinute')::float FROM interview_turns WHERE id = ?",
                        Double.class,
                        turnId))
                .as("21 confirmed words in the 10 measured seconds")
                .isEqualTo(126.0);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(turnId).equals("EVALUATED"));
        MockVaadin.clientRoundtrip(false);
        assertThat(view.composer.review.isVisible()).isFalse();
    }

    @Test
    void consent_given_in_the_recorder_is_stored_on_the_user() {
        var view = open();
        view.answerMode.setValue(AnswerMode.VOICE);
        var recorder = view.composer.voice.recorder;
        assertThat(recorder.getElement().hasAttribute("consented")).isFalse();

        _fireDomEvent(recorder, "consent-given");

        assertThat(jdbc.queryForObject(
                        "SELECT recording_consent_at IS NOT NULL FROM users WHERE id = ?",
                        Boolean.class,
                        candidate.id()))
                .isTrue();
        assertThat(recorder.getElement().hasAttribute("consented")).isTrue();
    }

    private InterviewView open() {
        UI.getCurrent().navigate("interview/" + sessionId);
        var view = _get(InterviewView.class);
        view.answerMode.setValue(AnswerMode.TEXT);
        return view;
    }

    /** What the candidate sees: header and progress, the conversation with its scores, the current question. */
    private static String snapshot(InterviewView view) {
        var question = _get(view, Div.class, spec -> spec.withClasses("mm-question-current"));
        assertThat(get_textRecursively(question)).isNotBlank();
        return get_textRecursively(view);
    }

    private static String questionText(InterviewView view) {
        var current = _get(view.questions, Div.class, spec -> spec.withClasses("mm-question-current"));
        return get_textRecursively(_get(current, Div.class, spec -> spec.withClasses("mm-question-text")))
                .strip();
    }

    private UUID insertTurn(String status, String failureReason) {
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position,"
                        + " client_turn_id, answer_text, status, failure_reason, created_at, updated_at)"
                        + " SELECT ?, s.id, aq.question_id, 1, 1, 'c1', ?, ?, ?, now(), now() FROM interview_sessions s"
                        + " JOIN assessment_questions aq ON aq.assessment_id = s.assessment_id AND aq.position = 0"
                        + " WHERE s.id = ?",
                turnId,
                ANSWER,
                status,
                failureReason,
                sessionId);
        return turnId;
    }

    private String status(UUID turnId) {
        return jdbc.queryForObject("SELECT status FROM interview_turns WHERE id = ?", String.class, turnId);
    }

    private int turnCount() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM interview_turns WHERE session_id = ?", Integer.class, sessionId);
    }
}
