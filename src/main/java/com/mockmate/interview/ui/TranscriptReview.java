package com.mockmate.interview.ui;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.service.TurnDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A spoken answer's transcript, waiting for the candidate to correct what was misheard before it is scored. */
class TranscriptReview extends VerticalLayout {

    final TextArea text = new TextArea("Transcript of your answer");
    final Button confirm = new Button("Send for scoring");
    private final Paragraph hint = new Paragraph();
    private @Nullable UUID turnId;

    TranscriptReview(SerializableBiConsumer<UUID, String> onConfirm) {
        addClassName("mm-transcript-review");
        setPadding(false);
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setMaxLength(InterviewTurn.ANSWER_MAX);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (turnId != null) {
                onConfirm.accept(turnId, text.getValue());
            }
        });
        add(new H3("Check your transcript"), hint, text, confirm);
        setVisible(false);
    }

    /** Shows the turn's transcript; keeps what the candidate already corrected while the same turn is shown. */
    void show(TurnDetails turn) {
        if (!turn.id().equals(turnId)) {
            turnId = turn.id();
            text.setValue(turn.answerText() == null ? "" : turn.answerText());
        }
        var spoken = turn.spoken();
        hint.setText((spoken != null && spoken.lowAccuracy() ? "The offline recogniser often mishears words. " : "")
                + "Correct anything that was misheard, then send it. Only this text is scored; how you spoke"
                + " (pace, fillers, pauses) was measured from the recording.");
        setVisible(true);
    }

    void hide() {
        turnId = null;
        setVisible(false);
    }
}
