package com.mockmate.interview.ui;

import com.mockmate.interview.service.SessionDetails;
import com.mockmate.speech.ui.InterviewerVoice;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * The interview's header: the test, how far the candidate got, and the secondary controls (evaluator, the
 * interviewer's replay and mute, finish). Finishing with questions left asks first, as those count as 0.
 */
class InterviewHeader extends Div {

    private final H2 title = new H2();
    private final Span progress = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span evaluator = new Span();
    final Button finish = new Button("Finish interview");
    /** What finishing would leave out, as last shown. */
    private FinishCheck finishCheck = FinishCheck.NOTHING_OPEN;

    InterviewHeader(InterviewerVoice interviewerVoice) {
        addClassName("mm-interview-header");
        evaluator.getElement().getThemeList().add("badge contrast small");
        progress.addClassName("mm-interview-progress");
        progressBar.addClassName("mm-interview-progress-bar");
        // The voice's replay and mute sit with the other secondary controls; the cards already show every line.
        interviewerVoice.setCompact(true);
        finish.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        finish.addClickListener(e -> confirmFinish());
        var status = new Div(progress, progressBar);
        status.addClassName("mm-interview-status");
        var tools = new Div(evaluator, interviewerVoice, finish);
        tools.addClassName("mm-interview-tools");
        add(title, status, tools);
    }

    void show(SessionDetails session) {
        title.setText(session.assessmentTitle());
        evaluator.setText(session.offline() ? "Offline evaluator" : "AI evaluator: " + session.llmProvider());
        var current = session.currentQuestion();
        int count = session.questionCount();
        int asked = (int)
                session.questions().stream().filter(q -> !q.turns().isEmpty()).count();
        progress.setText(
                current == null
                        ? "All " + count + " questions answered"
                        : "Question " + current.position() + " of " + count);
        progressBar.setValue(count == 0 ? 0 : (double) asked / count);
        finishCheck = current == null ? FinishCheck.NOTHING_OPEN : new FinishCheck(asked, count);
    }

    /** The candidate wants to finish, after confirming when questions are left. */
    Registration addFinishListener(ComponentEventListener<FinishEvent> listener) {
        return addListener(FinishEvent.class, listener);
    }

    static class FinishEvent extends ComponentEvent<InterviewHeader> {

        FinishEvent(InterviewHeader source) {
            super(source, false);
        }
    }

    private void confirmFinish() {
        if (finishCheck.unanswered() == 0) {
            fireEvent(new FinishEvent(this));
            return;
        }
        int left = finishCheck.unanswered();
        var dialog = new ConfirmDialog(
                "You've answered " + finishCheck.answered() + " of " + finishCheck.count() + " — finish now?",
                (left == 1
                                ? "The question you haven't answered counts"
                                : "The " + left + " questions you haven't answered count")
                        + " as 0 in your total score. You can also leave and come back later: the interview"
                        + " waits where you stopped.",
                "Finish now",
                confirmed -> fireEvent(new FinishEvent(this)));
        dialog.setCancelable(true);
        dialog.setCancelText("Keep going");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** How far the candidate got, for the question before finishing. */
    private record FinishCheck(int answered, int count) implements Serializable {

        static final FinishCheck NOTHING_OPEN = new FinishCheck(0, 0);

        int unanswered() {
            return count - answered;
        }
    }
}
