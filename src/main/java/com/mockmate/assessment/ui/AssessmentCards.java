package com.mockmate.assessment.ui;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An assessment as candidates browse it: what it covers, never a question or an answer key. The builder's preview uses
 * the same card, so what the author sees is what candidates get.
 */
final class AssessmentCards {

    private AssessmentCards() {}

    static Div of(AssessmentCard card) {
        var title = new H3(card.title());
        var topics = new Div();
        topics.addClassName("mm-chips");
        card.topics().forEach(topic -> {
            var chip = new Span(topic);
            chip.getElement().getThemeList().add("badge pill");
            topics.add(chip);
        });
        var description = new Paragraph(card.description() == null ? "" : card.description());
        description.addClassName("mm-muted");
        var facts = new Div(
                fact(
                        VaadinIcon.QUESTION_CIRCLE_O,
                        card.questionCount() + (card.questionCount() == 1 ? " question" : " questions")),
                fact(
                        VaadinIcon.CLOCK,
                        card.timeLimitMinutes() == null ? "No time limit" : "~" + card.timeLimitMinutes() + " min"),
                fact(VaadinIcon.BAR_CHART, difficultyMix(card)));
        facts.addClassName("mm-facts");
        var box = new Div(title, topics, description, facts);
        box.addClassName("mm-card");
        box.addClassName("mm-assessment-card");
        return box;
    }

    static String difficultyMix(AssessmentCard card) {
        if (card.difficultyMix().isEmpty()) {
            return "No questions yet";
        }
        return card.difficultyMix().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · "));
    }

    static Span statusBadge(AssessmentStatus status) {
        var badge = new Span(
                switch (status) {
                    case DRAFT -> "Draft";
                    case PUBLISHED -> "Published";
                    case ARCHIVED -> "Archived";
                });
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case DRAFT -> "badge contrast";
                            case PUBLISHED -> "badge success";
                            case ARCHIVED -> "badge";
                        });
        badge.addClassName("mm-status");
        return badge;
    }

    private static Span fact(VaadinIcon icon, String text) {
        var fact = new Span(icon.create(), new Span(text));
        fact.addClassName("mm-fact");
        return fact;
    }
}
