package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.AssessmentBrowser;
import com.mockmate.assessment.service.AssessmentCard;
import com.mockmate.base.ui.ServiceRef;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;

/** The candidate's first screen: the assessments they can take, as cards. */
@Route("assessments")
@PageTitle("Assessments | MockMate")
@Menu(order = 10, title = "Assessments", icon = "CLIPBOARD_CHECK")
@PermitAll
public class AssessmentsView extends VerticalLayout {

    private final ServiceRef<AssessmentBrowser> browser;
    final Div cards = new Div();

    AssessmentsView(AssessmentBrowser assessmentBrowser) {
        this.browser = ServiceRef.of(AssessmentBrowser.class, assessmentBrowser);
        addClassName("mm-page");
        var intro = new Paragraph("Pick an assessment to start a mock interview. The AI interviewer asks each question,"
                + " listens to your answer, may ask a follow-up, and scores technical accuracy, depth, communication"
                + " and grammar.");
        intro.addClassName("mm-muted");
        cards.addClassName("mm-card-grid");
        add(new H2("Assessments"), intro, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var published = browser.get().published();
        if (published.isEmpty()) {
            cards.add(emptyState());
            return;
        }
        published.forEach(card -> cards.add(toCard(card)));
    }

    private static Div toCard(AssessmentCard card) {
        var title = new H3(card.title());
        var description = new Paragraph(card.description() == null ? "" : card.description());
        description.addClassName("mm-muted");
        var facts = new Div(
                fact(VaadinIcon.QUESTION_CIRCLE_O, card.questionCount() + " questions"),
                fact(VaadinIcon.CLOCK, card.timeLimitMinutes() == null ? "No time limit" : "~" + card.timeLimitMinutes() + " min"),
                fact(VaadinIcon.CHART_3D, difficultyMix(card)));
        facts.addClassName("mm-facts");
        var topics = new Div();
        topics.addClassName("mm-chips");
        card.topics().forEach(topic -> {
            var chip = new Span(topic);
            chip.getElement().getThemeList().add("badge pill");
            topics.add(chip);
        });
        var box = new Div(title, topics, description, facts);
        box.addClassName("mm-card");
        box.addClassName("mm-assessment-card");
        return box;
    }

    private static Span fact(VaadinIcon icon, String text) {
        var fact = new Span(icon.create(), new Span(text));
        fact.addClassName("mm-fact");
        return fact;
    }

    private static String difficultyMix(AssessmentCard card) {
        return card.difficultyMix().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" · "));
    }

    private static Div emptyState() {
        var box = new Div(
                VaadinIcon.CLIPBOARD_TEXT.create(),
                new H3("No assessments yet"),
                new Paragraph("There is nothing to take right now. Ask your instructor to publish an assessment,"
                        + " then come back here."));
        box.addClassName("mm-empty-state");
        return box;
    }
}
