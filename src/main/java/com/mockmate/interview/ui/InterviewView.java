package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.service.InterviewerSpeech;
import com.mockmate.interview.service.LiveInterviewEvents;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
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

    private final TypedAnswering typed;
    private final ServiceRef<InterviewQueries> queries;
    private final LiveUpdates live;
    final QuestionCards questions;
    private final InterviewHeader header;
    final Button finish;
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
    /** The conversation as last scrolled to: turns and whether one was pending. */
    private String shownConversation = "";

    InterviewView(
            InterviewService interviewService,
            InterviewQueries interviewQueries,
            LiveInterviewEvents events,
            SpokenAnswerService spokenAnswerService,
            VoiceSetups voiceSetupService,
            InterviewerSpeech speech,
            SpeechProperties speechProperties,
            RecordingService recordingService) {
        this.recordings = ServiceRef.of(RecordingService.class, recordingService);
        // The session id is known only after navigation, hence the lookup per turn.
        this.questions = new QuestionCards(
                turnId -> OwnRecordings.of(recordings, sessionId).apply(turnId));
        this.typed = new TypedAnswering(ServiceRef.of(InterviewService.class, interviewService), () -> sessionId);
        this.spoken = new SpokenAnswering(
                ServiceRef.of(SpokenAnswerService.class, spokenAnswerService),
                ServiceRef.of(VoiceSetups.class, voiceSetupService),
                () -> sessionId,
                this::refresh);
        var setup = voiceSetupService.setup(AuthenticatedUser.required());
        this.linePlayer = new InterviewerLinePlayer(
                interviewerVoice, ServiceRef.of(InterviewerSpeech.class, speech), setup.serverSpeech());
        this.queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        this.live = new LiveUpdates(this, ServiceRef.of(LiveInterviewEvents.class, events), this::refresh);
        addClassNames("mm-page", "mm-interview");
        header = new InterviewHeader(interviewerVoice);
        header.addFinishListener(e -> {
            typed.finish();
            refresh();
        });
        finish = header.finish;
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
        questions.addRetryListener(e -> {
            typed.retry(e.turnId());
            refresh();
        });
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
        questions.show(session, true);
        header.show(session);
        allAnswered.setVisible(session.currentQuestion() == null);
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
        if (typed.send(text)) {
            answer.clear();
        }
        refresh();
    }
}
