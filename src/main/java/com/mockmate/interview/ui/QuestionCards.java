package com.mockmate.interview.ui;

import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.SessionDetails.QuestionTurns;
import com.mockmate.interview.service.TurnDetails;
import com.vaadin.flow.component.Component;
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
import org.jspecify.annotations.Nullable;

/**
 * The conversation, one card per question: the question, each answer with the interviewer's reaction and that
 * answer's scores, the follow-ups in between, and the question's own score in its header. The question being asked
 * now is the last card, highlighted; the answer box follows it.
 */
class QuestionCards extends Div {

    private final SerializableFunction<UUID, DownloadHandler> recordings;

    private @Nullable SerializableFunction<QuestionTurns, Component> questionActions;

    /** @param recordings serves the candidate's own recording of a turn, for listening back */
    QuestionCards(SerializableFunction<UUID, DownloadHandler> recordings) {
        this.recordings = recordings;
        addClassName("mm-questions");
    }

    /** What each card offers below its answers, such as trying the question again; set before {@link #show}. */
    void setQuestionActions(SerializableFunction<QuestionTurns, Component> actions) {
        this.questionActions = actions;
    }

    void show(SessionDetails session, boolean withGreeting) {
        removeAll();
        if (withGreeting) {
            var greeting = interviewer(session.greeting());
            greeting.addClassName("mm-greeting");
            add(greeting);
        }
        session.questions().forEach(question -> add(card(question)));
    }

    private Div card(QuestionTurns question) {
        var label = new Span("Question " + question.position() + " of " + question.count());
        label.addClassName("mm-question-label");
        var head = new Div(label);
        head.addClassName("mm-question-head");
        if (question.score() != null) {
            var score = new Span(new Span("Question score"), new Span(QuestionScores.shown(question.score())));
            score.addClassNames("mm-score-chip", "mm-question-score", ScoreChips.band(question.score()));
            head.add(score);
        }
        var text = paragraphs(question.text());
        text.addClassName("mm-question-text");
        var card = new Div(head, text);
        card.addClassName("mm-question-card");
        if (question.current()) {
            card.addClassName("mm-question-current");
        }
        for (var turn : question.turns()) {
            card.add(candidate(turn), reply(turn));
        }
        if (question.followUpOpen()) {
            card.getChildren()
                    .reduce((first, second) -> second)
                    .ifPresent(last -> last.addClassName("mm-follow-up-open"));
        }
        if (questionActions != null) {
            card.add(questionActions.apply(question));
        }
        return card;
    }

    private Div reply(TurnDetails turn) {
        if (turn.status() == TurnStatus.AWAITING_REVIEW) {
            var waiting = interviewer("I'll evaluate your answer once you have checked the transcript below.");
            waiting.addClassName("mm-thinking");
            return waiting;
        }
        if (turn.inFlight()) {
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
        var reaction = turn.reaction();
        var bubble = interviewer(reaction == null ? "" : reaction);
        if (turn.scores() != null) {
            bubble.add(new ScoreChips(turn.scores(), turn.evaluation()));
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

    private Div candidate(TurnDetails turn) {
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
            bubble.getElement().appendChild(ownRecording(turn, recordings));
        }
        return bubble;
    }

    /**
     * The candidate's recording. Browsers' recordings carry no length in their header, so the player would show
     * 0:00 until played; the measured length is written beside it.
     */
    static Element ownRecording(TurnDetails turn, SerializableFunction<UUID, DownloadHandler> recordings) {
        var audio = new Element("audio");
        audio.setAttribute("controls", true);
        audio.setAttribute("preload", "metadata");
        audio.setAttribute("aria-label", "Listen to your answer");
        audio.setAttribute("src", recordings.apply(turn.id()));
        audio.getClassList().add("mm-own-recording");
        var box = new Element("div");
        box.getClassList().add("mm-own-recording-box");
        box.appendChild(audio);
        if (turn.delivery() != null && turn.delivery().durationSeconds() > 0) {
            long seconds = Math.round(turn.delivery().durationSeconds());
            var length = new Element("span");
            length.setText("Your recording, %d:%02d".formatted(seconds / 60, seconds % 60));
            length.getClassList().add("mm-own-recording-length");
            box.appendChild(length);
        }
        return box;
    }

    private static Div paragraphs(String text) {
        var box = new Div();
        for (var paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                box.add(new Paragraph(paragraph.strip()));
            }
        }
        return box;
    }

    Registration addRetryListener(ComponentEventListener<RetryEvent> listener) {
        return addListener(RetryEvent.class, listener);
    }

    static class RetryEvent extends ComponentEvent<QuestionCards> {

        private final UUID turnId;

        RetryEvent(QuestionCards source, UUID turnId) {
            super(source, false);
            this.turnId = turnId;
        }

        UUID turnId() {
            return turnId;
        }
    }
}
