package com.mockmate.interview.ui;

import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.VoiceSetup;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.ui.Recording;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.UUID;

/**
 * Where the candidate answers: speaking (the recorder) or typing (a text box), and the transcript review that replaces
 * both while a spoken answer's transcript waits to be checked.
 */
class AnswerComposer extends VerticalLayout {

    /** What the composer asks its view to do; the view calls the services. */
    interface Actions extends Serializable {
        void sendText();

        void sendRecording(Recording recording, boolean reviewTranscript);

        void giveConsent();

        void confirmTranscript(UUID turnId, String text);
    }

    final RadioButtonGroup<AnswerMode> answerMode = new RadioButtonGroup<>("Answer by");
    final TextArea answer = new TextArea("Your answer");
    final Button send = new Button("Send answer");
    final VoiceAnswerPanel voice;
    final TranscriptReview review;
    private final VerticalLayout typing = new VerticalLayout(answer, send);

    AnswerComposer(SpeechProperties speech, VoiceSetup setup, Actions actions) {
        setPadding(false);
        addClassName("mm-answer-composer");
        answer.setMaxLength(InterviewTurn.ANSWER_MAX);
        answer.setWidthFull();
        answer.setMinHeight("8rem");
        answer.setPlaceholder("Explain your answer as you would in a real interview…");
        answer.setHelperText("Ctrl+Enter (⌘+Enter on a Mac) sends. Up to " + InterviewTurn.ANSWER_MAX + " characters.");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> actions.sendText());
        // The box sends its value on change (blur): the shortcut first moves the focus away and back, so that what
        // was typed reaches the server before the click it stands for.
        for (var modifier : new KeyModifier[] {KeyModifier.CONTROL, KeyModifier.META}) {
            send.addClickShortcut(Key.ENTER, modifier).listenOn(answer).resetFocusOnActiveElement();
        }
        typing.setPadding(false);

        voice = new VoiceAnswerPanel(speech, setup);
        voice.onConsent((SerializableRunnable) actions::giveConsent);
        voice.onRecording((SerializableBiConsumer<Recording, Boolean>) actions::sendRecording);
        review = new TranscriptReview(actions::confirmTranscript);

        answerMode.setItems(AnswerMode.VOICE, AnswerMode.TEXT);
        answerMode.setItemLabelGenerator(mode -> mode == AnswerMode.VOICE ? "Speaking" : "Typing");
        answerMode.addClassName("mm-answer-mode");
        answerMode.addValueChangeListener(e -> showMode());
        answerMode.setValue(AnswerMode.VOICE);
        add(answerMode, voice, typing, review);
    }

    /** Enables answering only when a question is open and nothing is being processed or reviewed. */
    void show(SessionDetails session) {
        var underReview = session.turns().stream()
                .filter(turn -> turn.status() == TurnStatus.AWAITING_REVIEW)
                .findFirst();
        underReview.ifPresentOrElse(review::show, review::hide);
        boolean open = session.currentQuestion() != null && underReview.isEmpty();
        boolean canAnswer = open && !session.awaitingEvaluation();
        send.setEnabled(canAnswer);
        answer.setEnabled(canAnswer);
        voice.recorder.setBusy(!canAnswer);
        answerMode.setVisible(open);
        showMode();
    }

    private void showMode() {
        voice.setVisible(answerMode.isVisible() && answerMode.getValue() == AnswerMode.VOICE);
        typing.setVisible(answerMode.isVisible() && answerMode.getValue() == AnswerMode.TEXT);
    }
}
