package com.mockmate.interview.ui;

import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.service.SessionView;
import com.mockmate.interview.service.TurnView;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;

/** The conversation as chat bubbles: interviewer lines, the candidate's answers, scores as they arrive. */
class ChatTranscript extends Div {

    private final SerializableFunction<UUID, DownloadHandler> recordings;

    /** @param recordings serves the candidate's own recording of a turn, for listening back */
    ChatTranscript(SerializableFunction<UUID, DownloadHandler> recordings) {
        this.recordings = recordings;
        addClassName("mm-chat");
    }

    void show(SessionView session) {
        removeAll();
        add(interviewer(session.openingText()));
        for (var turn : session.turns()) {
            add(candidate(turn));
            add(reply(turn));
        }
    }

    private Div reply(TurnView turn) {
        if (turn.status() == TurnStatus.AWAITING_REVIEW) {
            var waiting = interviewer("I'll evaluate your answer once you have checked the transcript below.");
            waiting.addClassName("mm-thinking");
            return waiting;
        }
        if (turn.status() == TurnStatus.PENDING || turn.status() == TurnStatus.TRANSCRIBING) {
            var thinking = interviewer(
                    turn.status() == TurnStatus.TRANSCRIBING
                            ? "Transcribing your answer…"
                            : "Interviewer is thinking…");
            thinking.addClassName("mm-thinking");
            return thinking;
        }
        if (turn.status() == TurnStatus.FAILED) {
            var failed = interviewer("I could not evaluate this answer: " + turn.failureReason());
            failed.addClassName("mm-failed");
            if (turn.retryable()) {
                var retry = new Button("Try again", e -> fireEvent(new RetryEvent(this, turn.id())));
                retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
                failed.add(retry);
            }
            return failed;
        }
        var bubble = interviewer(turn.interviewerText());
        if (turn.scores() != null) {
            bubble.add(new ScoreChips(turn.scores()));
            if (turn.delivery() != null) {
                bubble.add(new DeliveryChips(turn.delivery()));
            }
            bubble.add(new EvaluationDetails(turn));
        }
        return bubble;
    }

    private static Div interviewer(String text) {
        var who = new Span("Interviewer");
        who.addClassName("mm-chat-who");
        var bubble = new Div(who, paragraphs(text));
        bubble.addClassNames("mm-bubble", "mm-bubble-interviewer");
        return bubble;
    }

    private Div candidate(TurnView turn) {
        boolean spoken = turn.answerMode() == AnswerMode.VOICE;
        var who = new Span((turn.followUpIndex() > 0 ? "You (follow-up)" : "You") + (spoken ? ", spoken" : ""));
        who.addClassName("mm-chat-who");
        var text = turn.answerText() != null
                ? turn.answerText()
                : turn.status() == TurnStatus.TRANSCRIBING ? "🎤 Recording received" : "🎤 Recording";
        var bubble = new Div(who, paragraphs(text));
        bubble.addClassNames("mm-bubble", "mm-bubble-candidate");
        if (spoken && turn.spoken() != null && turn.spoken().transcriptProvider() != null) {
            var source = new Span(
                    turn.spoken().lowAccuracy()
                            ? "Transcript: offline recogniser, low accuracy"
                            : "Transcript: " + turn.spoken().transcriptProvider());
            source.addClassName("mm-transcript-source");
            bubble.add(source);
        }
        if (spoken && turn.spoken() != null && turn.spoken().hasRecording()) {
            var audio = new Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "none");
            audio.setAttribute("aria-label", "Listen to your answer");
            audio.setAttribute("src", recordings.apply(turn.id()));
            audio.getClassList().add("mm-own-recording");
            bubble.getElement().appendChild(audio);
        }
        return bubble;
    }

    private static Div paragraphs(String text) {
        var box = new Div();
        for (var paragraph : text.split("\\n\\s*\\n")) {
            box.add(new Paragraph(paragraph.strip()));
        }
        return box;
    }

    Registration addRetryListener(ComponentEventListener<RetryEvent> listener) {
        return addListener(RetryEvent.class, listener);
    }

    static class RetryEvent extends ComponentEvent<ChatTranscript> {

        private final UUID turnId;

        RetryEvent(ChatTranscript source, UUID turnId) {
            super(source, false);
            this.turnId = turnId;
        }

        UUID turnId() {
            return turnId;
        }
    }
}
