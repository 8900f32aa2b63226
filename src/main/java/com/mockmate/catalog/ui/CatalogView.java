package com.mockmate.catalog.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.TopicSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The instructor's first screen: the question bank by topic, answer keys included. */
@Route("catalog")
@PageTitle("Catalog | MockMate")
@Menu(order = 20, title = "Catalog", icon = "BOOK")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CatalogView extends VerticalLayout {

    private final ServiceRef<CatalogQueries> catalog;
    final Grid<TopicSummary> topics = new Grid<>(TopicSummary.class, false);
    final Grid<QuestionDetails> questions = new Grid<>(QuestionDetails.class, false);
    private final H3 questionsTitle = new H3("Questions");

    CatalogView(CatalogQueries catalogQueries) {
        this.catalog = ServiceRef.of(CatalogQueries.class, catalogQueries);
        setSizeFull();
        addClassName("mm-page");

        topics.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        topics.addColumn(TopicSummary::name).setHeader("Topic").setFlexGrow(1);
        topics.addColumn(TopicSummary::questionCount).setHeader("Questions").setAutoWidth(true).setFlexGrow(0);
        topics.setItems(catalog.get().topics());
        topics.asSingleSelect().addValueChangeListener(e -> showQuestions(e.getValue()));

        questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.addColumn(QuestionDetails::text).setHeader("Question").setFlexGrow(3);
        questions.addComponentColumn(q -> difficultyBadge(q.difficulty().name()))
                .setHeader("Difficulty")
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addColumn(q -> String.join(", ", q.tags())).setHeader("Tags").setFlexGrow(1);
        questions.setItemDetailsRenderer(new ComponentRenderer<>(CatalogView::answerKey));
        questions.setEmptyStateText("Pick a topic to see its questions.");

        var left = new VerticalLayout(new H3("Topics"), topics);
        left.setPadding(false);
        var right = new VerticalLayout(questionsTitle, questions);
        right.setPadding(false);
        var split = new SplitLayout(left, right);
        split.setSplitterPosition(28);
        split.setSizeFull();

        var intro = new Paragraph("Click a question to see its key points and reference answer. Candidates never see"
                + " these; the interviewer uses them to evaluate answers.");
        intro.addClassName("mm-muted");
        add(new H2("Question bank"), intro, split);
        topics.getListDataView().getItems().findFirst().ifPresent(topics::select);
    }

    private void showQuestions(TopicSummary topic) {
        if (topic == null) {
            questionsTitle.setText("Questions");
            questions.setItems();
            return;
        }
        questionsTitle.setText(topic.name() + " — " + topic.questionCount() + " questions");
        questions.setItems(catalog.get().questionsWithAnswerKeys(topic.id()));
    }

    static Span difficultyBadge(String difficulty) {
        var badge = new Span(difficulty.charAt(0) + difficulty.substring(1).toLowerCase(Locale.ROOT));
        var theme = switch (difficulty) {
            case "EASY" -> "badge success";
            case "HARD" -> "badge error";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static Div answerKey(QuestionDetails question) {
        var points = new UnorderedList();
        question.keyPoints().forEach(point -> points.add(new ListItem(point)));
        var reference = new Paragraph(question.referenceAnswer() == null ? "No reference answer." : question.referenceAnswer());
        var box = new Div(new Span("Key points"), points, new Span("Reference answer"), reference);
        box.addClassName("mm-answer-key");
        return box;
    }

}
