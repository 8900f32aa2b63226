package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewEventBus;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.service.InterviewerSpeech;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.SpokenAnswerService;
import com.mockmate.interview.service.VoiceSetups;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.ui.InterviewerVoice;
import com.mockmate.speech.ui.Recording;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/**
 * An interview: a header with the progress and the secondary controls (evaluator, voice, finish), one card per question
 * with its answers and scores (the current question last and highlighted), then one answer area. Evaluated answers
 * appear by themselves: the view subscribes to the session's events and refreshes through server push (polling when
 * push is unavailable); a reload shows the same state from the server.
 */
@Route("interview/:sessionId")
@PageTitle("Interview | MockMate")
@PermitAll
public class InterviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ServiceRef<InterviewService> interviews;
    private final ServiceRef<InterviewQueries> queries;
    private final LiveUpdates live;
    private final H2 title = new H2();
    private final Span progress = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span evaluator = new Span();
    final QuestionCards questions;
    final Button finish = new Button("Finish interview");
    final AnswerComposer composer;
    final TextArea answer;
    final Button send;
    final RadioButtonGroup<AnswerMode> answerMode;
    final InterviewerVoice interviewerVoice = new InterviewerVoice();
    private final InterviewerLinePlayer linePlayer;
    private final SpokenAnswering spoken;
    private final ServiceRef<RecordingService> recordings;
    private final Paragraph allAnswered =
            new Paragraph("You have answered every question. Finish the interview to see your results.");
    /** The interview itself; {@link #message} replaces it when there is no interview to show. */
    private final VerticalLayout body = new VerticalLayout();

    private final VerticalLayout message = new VerticalLayout();
    private UUID sessionId;
    private int submissions;
    /** What the finish button would leave out, as last shown. */
    private FinishCheck finishCheck = FinishCheck.NOTHING_OPEN;
    /** The conversation as last scrolled to: turns and whether one was pending. */
    private String shownConversation = "";

    InterviewView(
            InterviewService interviewService,
            InterviewQueries interviewQueries,
            InterviewEventBus eventBus,
            SpokenAnswerService spokenAnswerService,
            VoiceSetups voiceSetupService,
            InterviewerSpeech speech,
            SpeechProperties speechProperties,
            RecordingService recordingService) {
        this.recordings = ServiceRef.of(RecordingService.class, recordingService);
        // The session id is known only after navigation, hence the lookup per turn.
        this.questions = new QuestionCards(
                turnId -> OwnRecordings.of(recordings, sessionId).apply(turnId));
        this.interviews = ServiceRef.of(InterviewService.class, interviewService);
        this.spoken = new SpokenAnswering(
                ServiceRef.of(SpokenAnswerService.class, spokenAnswerService),
                ServiceRef.of(VoiceSetups.class, voiceSetupService),
                () -> sessionId,
                this::refresh);
        var setup = voiceSetupService.setup(AuthenticatedUser.required());
        this.linePlayer = new InterviewerLinePlayer(
                interviewerVoice, ServiceRef.of(InterviewerSpeech.class, speech), setup.serverSpeech());
        this.queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        this.live = new LiveUpdates(this, ServiceRef.of(InterviewEventBus.class, eventBus), this::refresh);
        addClassNames("mm-page", "mm-interview");
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
        var header = new Div(title, status, tools);
        header.addClassName("mm-interview-header");
        allAnswered.addClassName("mm-all-answered");

        composer = new AnswerComposer(speechProperties, setup, new AnswerComposer.Actions() {
            @Override
            public void sendText() {
                submit();
            }

            @Override
            public void sendRecording(Recording recording, boolean reviewTranscript) {
                spoken.send(composer, recording, reviewTranscript);
            }

            @Override
            public void giveConsent() {
                spoken.giveConsent(composer);
            }

            @Override
            public void confirmTranscript(UUID turnId, String text) {
                spoken.confirmTranscript(composer, turnId, text);
            }
        });
        answer = composer.answer;
        send = composer.send;
        answerMode = composer.answerMode;
        questions.addRetryListener(e -> retry(e.turnId()));
        body.setPadding(false);
        body.add(header, questions, allAnswered, composer);
        message.setPadding(false);
        message.setVisible(false);
        add(body, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = sessionIdOf(event).orElse(null);
        // Moving from one interview to another keeps this view attached, so the attach-time refresh would not run;
        // it runs once this navigation is done, as refresh may navigate on to the results.
        if (isAttached()) {
            event.getUI().beforeClientResponse(this, context -> refresh());
        }
    }

    /** The session id in the route; empty when the URL holds something that is not one. */
    static Optional<UUID> sessionIdOf(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("sessionId").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live.attach(attachEvent.getUI());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach(detachEvent.getUI());
    }

    void refresh() {
        if (sessionId == null) {
            showNotFound("This address does not name an interview session.");
            return;
        }
        SessionDetails session;
        try {
            session = queries.get().get(AuthenticatedUser.required(), sessionId);
        } catch (ErrorResponseException e) {
            showNotFound(e.getBody().getDetail());
            return;
        }
        if (session.status() != SessionStatus.IN_PROGRESS) {
            getUI().ifPresent(ui -> ui.navigate("results/" + session.id()));
            return;
        }
        message.setVisible(false);
        body.setVisible(true);
        title.setText(session.assessmentTitle());
        evaluator.setText(session.offline() ? "Offline evaluator" : "AI evaluator: " + session.llmProvider());
        questions.show(session, true);
        showProgress(session);
        boolean waiting = session.awaitingEvaluation();
        var conversation = session.turns().size() + (waiting ? " pending" : "");
        if (!conversation.equals(shownConversation)) {
            // The newest reply, the current question and the answer box end up in view together.
            shownConversation = conversation;
            composer.scrollIntoView(new ScrollOptions(
                    ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.END, ScrollOptions.Alignment.NEAREST));
        }
        composer.show(session);
        linePlayer.playLatest(sessionId, session);
        getUI().ifPresent(ui -> live.keepCurrent(ui, sessionId, waiting));
    }

    private void showNotFound(String detail) {
        showMessage("Interview not found", detail);
    }

    private void showMessage(String heading, String detail) {
        message.removeAll();
        message.add(new H2(heading), new Paragraph(detail));
        message.setVisible(true);
        body.setVisible(false);
    }

    private void submit() {
        var text = answer.getValue();
        if (text == null || text.isBlank()) {
            answer.setErrorMessage("Write an answer first.");
            answer.setInvalid(true);
            return;
        }
        answer.setInvalid(false);
        var clientTurnId = "ui-" + sessionId + "-" + (++submissions) + "-" + text.hashCode();
        if (run(() -> interviews.get().submitAnswer(AuthenticatedUser.required(), sessionId, text, clientTurnId))) {
            answer.clear();
        }
        refresh();
    }

    private void retry(UUID turnId) {
        run(() -> interviews.get().retry(AuthenticatedUser.required(), sessionId, turnId));
        refresh();
    }

    private void showProgress(SessionDetails session) {
        var current = session.currentQuestion();
        int count = session.questionCount();
        int asked = (int)
                session.questions().stream().filter(q -> !q.turns().isEmpty()).count();
        progress.setText(
                current == null
                        ? "All " + count + " questions answered"
                        : "Question " + current.position() + " of " + count);
        progressBar.setValue(count == 0 ? 0 : (double) asked / count);
        allAnswered.setVisible(current == null);
        finishCheck = current == null ? FinishCheck.NOTHING_OPEN : new FinishCheck(asked, count);
    }

    /** Finishing with questions left asks first: the ones not answered count as 0. */
    private void confirmFinish() {
        if (finishCheck.unanswered() == 0) {
            finishInterview();
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
                confirmed -> finishInterview());
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

    private void finishInterview() {
        run(() -> interviews.get().finish(AuthenticatedUser.required(), sessionId));
        refresh();
    }

    /** Runs a command; a rejection is shown and nothing typed is lost. */
    private static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ErrorResponseException e) {
            showRejection(e);
            return false;
        }
    }

    static void showRejection(ErrorResponseException e) {
        Notification.show(e.getBody().getDetail(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
