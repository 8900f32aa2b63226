package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.AssessmentCard;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The assessment as a candidate will see it in their list, built from the editor's current (possibly unsaved) state.
 * Only the card: candidates see neither the questions nor the answer keys before the interview.
 */
class PreviewDialog extends Dialog {

    final Div card;

    PreviewDialog(AssessmentCard preview) {
        setHeaderTitle("Preview: what candidates see");
        setWidth("min(30rem, 96vw)");
        card = AssessmentCards.of(preview);
        var note = new Paragraph("Candidates find this card under Assessments once the test is published. The questions"
                + " stay hidden until the interview, and key points and reference answers are never shown.");
        note.addClassName("mm-muted");
        note.addClassName("mm-small");
        add(card, note);
        getFooter().add(new Button("Close", e -> close()));
    }

    static AssessmentCard cardOf(
            UUID id,
            AssessmentDetailsForm.Values values,
            List<QuestionDetails> questions,
            Map<UUID, String> topicNames) {
        var topics = questions.stream()
                .map(q -> topicNames.get(q.topicId()))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        var mix = new EnumMap<Difficulty, Long>(Difficulty.class);
        questions.forEach(q -> mix.merge(q.difficulty(), 1L, Long::sum));
        var title = values.title().isBlank() ? "Untitled test" : values.title();
        return new AssessmentCard(
                id, title, values.description(), questions.size(), values.timeLimitMinutes(), topics, mix);
    }
}
