package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.AssessmentBrowser;
import com.mockmate.assessment.service.AssessmentCard;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.TopicService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The candidate's first screen: the assessments they can take, as cards, narrowed by topic if they like. */
@Route("assessments")
@PageTitle("Assessments | MockMate")
@Menu(order = 10, title = "Assessments", icon = "CLIPBOARD_CHECK")
@PermitAll
public class AssessmentsView extends VerticalLayout {

    private static final PageRequest ALL_TOPICS = PageRequest.of(0, 500, Sort.by("name"));

    private final ServiceRef<AssessmentBrowser> browser;
    private final ServiceRef<TopicService> topicService;
    final Select<String> topicFilter = new Select<>();
    final Span count = new Span();
    final Div cards = new Div();
    private List<AssessmentCard> published = List.of();

    AssessmentsView(AssessmentBrowser assessmentBrowser, TopicService topics) {
        this.browser = ServiceRef.of(AssessmentBrowser.class, assessmentBrowser);
        this.topicService = ServiceRef.of(TopicService.class, topics);
        addClassName("mm-page");
        var intro = new Paragraph("Pick an assessment to start a mock interview. The AI interviewer asks each question,"
                + " listens to your answer, may ask a follow-up, and scores technical accuracy, depth, communication"
                + " and grammar.");
        intro.addClassName("mm-muted");
        topicFilter.setLabel("Topic");
        topicFilter.setEmptySelectionAllowed(true);
        topicFilter.setEmptySelectionCaption("All topics");
        topicFilter.setItemLabelGenerator(this::topicLabel);
        topicFilter.setPlaceholder("All topics");
        topicFilter.addValueChangeListener(e -> showCards());
        count.addClassName("mm-muted");
        var filters = new HorizontalLayout(topicFilter, count);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("mm-filter-bar");
        cards.addClassName("mm-card-grid");
        add(new H2("Assessments"), intro, filters, cards);
        refresh();
    }

    /** Offers every topic of the catalog, so candidates also learn which topics have no test yet. */
    void refresh() {
        published = browser.get().published();
        var selected = topicFilter.getValue();
        var topics = topicService.get().search(null, ALL_TOPICS).stream()
                .map(TopicDetails::name)
                .toList();
        topicFilter.setItems(topics);
        topicFilter.setValue(topics.contains(selected) ? selected : null);
        topicFilter.setVisible(!published.isEmpty());
        showCards();
    }

    private String topicLabel(String topic) {
        if (topic == null) {
            return "All topics";
        }
        long tests =
                published.stream().filter(card -> card.topics().contains(topic)).count();
        return topic + " (" + tests + ")";
    }

    private void showCards() {
        cards.removeAll();
        var topic = topicFilter.getValue();
        var shown = new ArrayList<AssessmentCard>();
        published.stream()
                .filter(card -> topic == null || card.topics().contains(topic))
                .forEach(shown::add);
        count.setText(published.isEmpty() ? "" : countText(shown.size(), published.size()));
        if (published.isEmpty()) {
            cards.add(emptyState(
                    "No assessments yet",
                    "There is nothing to take right now. Ask your instructor to publish an assessment, then come back"
                            + " here."));
        } else if (shown.isEmpty()) {
            var showAll = new Button("Show all assessments", e -> topicFilter.clear());
            showAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var box = emptyState(
                    "No assessment covers " + topic,
                    "None of the published assessments has questions on this topic yet. Pick another topic, show"
                            + " them all, or ask your instructor for a test on " + topic + ".");
            box.add(showAll);
            cards.add(box);
        } else {
            shown.forEach(card -> cards.add(withStartLink(card)));
        }
    }

    /** The interview feature owns the start page; linking by path keeps assessments free of interview code. */
    private static Div withStartLink(AssessmentCard card) {
        var box = AssessmentCards.of(card);
        var link = new Anchor("interview/start/" + card.id(), "Start interview");
        link.addClassName("mm-start-link");
        box.add(link);
        return box;
    }

    private static String countText(int shown, int total) {
        return shown == total
                ? total + (total == 1 ? " assessment" : " assessments")
                : shown + " of " + total + " assessments";
    }

    private static Div emptyState(String title, String text) {
        var box = new Div(VaadinIcon.CLIPBOARD_TEXT.create(), new H3(title), new Paragraph(text));
        box.addClassName("mm-empty-state");
        return box;
    }
}
