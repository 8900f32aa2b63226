package com.mockmate.interview.ui;

import com.mockmate.interview.service.TurnDetails;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/** Why an answer scored as it did: justifications, strengths, improvements and LanguageTool's findings. */
class EvaluationDetails extends Details {

    EvaluationDetails(TurnDetails turn) {
        super("Feedback on this answer");
        addClassName("mm-feedback");
        var evaluation = turn.evaluation();
        var body = new Div();
        if (evaluation != null) {
            body.add(
                    rating("Technical accuracy", evaluation.technical()),
                    rating("Depth", evaluation.depth()),
                    rating("Communication", evaluation.communication()),
                    rating("Grammar", evaluation.grammar()));
            body.add(list("Strengths", evaluation.strengths()), list("To improve", evaluation.improvements()));
        }
        if (turn.grammar() != null && !turn.grammar().findings().isEmpty()) {
            body.add(list(
                    "Grammar findings (LanguageTool)",
                    turn.grammar().findings().stream()
                            .map(f -> "\"" + f.excerpt() + "\": " + f.message()
                                    + (f.suggestions().isEmpty() ? "" : " Try: " + String.join(", ", f.suggestions())))
                            .toList()));
        }
        add(body);
    }

    private static Paragraph rating(String label, DimensionRating rating) {
        var shown = rating.rating() == Rating.NONE
                ? ScoreChips.NOT_ASSESSED
                : rating.rating().name().toLowerCase(Locale.ROOT);
        var name = new Span(label + ": " + shown);
        name.addClassName("mm-feedback-rating");
        return new Paragraph(name, new Span(" — " + rating.justification()));
    }

    private static Div list(String title, List<String> items) {
        var box = new Div();
        if (items.isEmpty()) {
            return box;
        }
        var heading = new Span(title);
        heading.addClassName("mm-feedback-heading");
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        box.add(heading, list);
        return box;
    }
}
