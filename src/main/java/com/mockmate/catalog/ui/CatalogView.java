package com.mockmate.catalog.ui;

import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.ui.CompactWidth;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.TopicService;
import com.mockmate.catalog.service.transfer.QuestionTransferService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/** The instructor's first screen: topics on the left, the selected topic's questions on the right. */
@Route("catalog")
@PageTitle("Catalog | MockMate")
@Menu(order = 20, title = "Catalog", icon = "BOOK")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CatalogView extends VerticalLayout {

    /** Enough for any real catalog; the topic list is short, so it is loaded at once and kept selectable by id. */
    private static final PageRequest ALL_TOPICS = PageRequest.of(0, 500, Sort.by("name"));

    private final ServiceRef<TopicService> topicService;
    final Grid<TopicDetails> topics = new Grid<>(TopicDetails.class, false);
    final Button newTopic = new Button("New topic", VaadinIcon.PLUS.create());
    final H3 topicTitle = new H3();
    final Paragraph topicDescription = new Paragraph();
    final Button editTopic = new Button("Edit topic", VaadinIcon.EDIT.create());
    final Button deleteTopic = new Button("Delete topic", VaadinIcon.TRASH.create());
    final QuestionsPanel questions;
    final SplitLayout split;
    private final VerticalLayout topicPanel;
    private final VerticalLayout questionPanel;

    CatalogView(
            TopicService topicService,
            QuestionService questionService,
            QuestionTransferService transfers,
            Clock clock) {
        this.topicService = ServiceRef.of(TopicService.class, topicService);
        this.questions = new QuestionsPanel(
                ServiceRef.of(QuestionService.class, questionService),
                ServiceRef.of(QuestionTransferService.class, transfers),
                clock.getZone(),
                () -> reloadTopics(selectedTopicId()));
        setSizeFull();
        addClassName("mm-page");
        addClassName("mm-page-wide");

        var intro = new Paragraph("Pick a topic, then add, edit or import its questions. Click a question to see its"
                + " key points and reference answer; candidates never see these.");
        intro.addClassName("mm-muted");
        topicPanel = topicPanel();
        questionPanel = questionPanel();
        split = new SplitLayout();
        split.setSplitterPosition(20);
        split.setSizeFull();
        add(new H2("Question bank"), intro, split);
        useCompactLayout(false);
        reloadTopics(null);
        CompactWidth.track(this, this::useCompactLayout);
    }

    /**
     * Below tablet width the topics sit above the questions and the page scrolls as a whole (a split pane left the
     * questions a sliver of a phone's height), and questions become cards.
     */
    void useCompactLayout(boolean compact) {
        if (compact) {
            split.removeFromParent();
            // The split pane's slot names would hide the panels anywhere else.
            topicPanel.getElement().removeAttribute("slot");
            questionPanel.getElement().removeAttribute("slot");
            add(topicPanel, questionPanel);
            setHeight(null);
        } else {
            split.addToPrimary(topicPanel);
            split.addToSecondary(questionPanel);
            add(split);
            setHeightFull();
        }
        topicPanel.setHeight(compact ? null : "100%");
        topics.setHeight(compact ? "13rem" : "100%");
        questionPanel.setHeight(compact ? null : "100%");
        questions.useCompactLayout(compact);
    }

    private VerticalLayout topicPanel() {
        topics.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        topics.addComponentColumn(CatalogView::topicCell).setHeader("Topic");
        topics.setEmptyStateText("No topics yet. Create the first one.");
        topics.asSingleSelect().addValueChangeListener(e -> showTopic(e.getValue()));
        // Clicking the selected topic again would otherwise deselect it and empty the question panel.
        ((GridSingleSelectionModel<TopicDetails>) topics.getSelectionModel()).setDeselectAllowed(false);
        topics.setSizeFull();
        newTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newTopic.addClickListener(e -> openTopicDialog(null));
        var header = new HorizontalLayout(new H3("Topics"), newTopic);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        var panel = new VerticalLayout(header, topics);
        panel.setPadding(false);
        panel.addClassName("mm-panel");
        panel.setSizeFull();
        return panel;
    }

    /** Name and question count in one column, so that long names keep the width they need. */
    private static HorizontalLayout topicCell(TopicDetails topic) {
        var count = new Span(String.valueOf(topic.questionCount()));
        count.getElement().getThemeList().add("badge contrast pill small");
        count.getElement().setAttribute("title", topic.questionCount() + " questions");
        var cell = new HorizontalLayout(new Span(topic.name()), count);
        cell.setWidthFull();
        cell.setJustifyContentMode(JustifyContentMode.BETWEEN);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private VerticalLayout questionPanel() {
        editTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        editTopic.addClickListener(e -> openTopicDialog(topics.asSingleSelect().getValue()));
        deleteTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        deleteTopic.addClickListener(
                e -> confirmDeleteTopic(topics.asSingleSelect().getValue()));
        var title = new HorizontalLayout(topicTitle, editTopic, deleteTopic);
        title.addClassName("mm-wrap");
        title.setAlignItems(Alignment.BASELINE);
        title.setFlexGrow(1, topicTitle);
        title.setWidthFull();
        topicDescription.addClassName("mm-muted");
        var panel = new VerticalLayout(title, topicDescription, questions);
        panel.setPadding(false);
        panel.setSpacing(false);
        panel.addClassName("mm-panel");
        panel.setSizeFull();
        return panel;
    }

    private void showTopic(@Nullable TopicDetails topic) {
        topicTitle.setText(topic == null ? "No topic selected" : topic.name());
        topicDescription.setText(
                topic == null
                        ? "Select a topic on the left to see its questions."
                        : topic.description() == null ? "" : topic.description());
        boolean mayChange = topic != null
                && AuthenticatedUser.current()
                        .map(u -> u.mayModify(topic.ownerId()))
                        .orElse(false);
        for (var button : new Button[] {editTopic, deleteTopic}) {
            button.setVisible(topic != null);
            button.setEnabled(mayChange);
            button.setTooltipText(mayChange ? null : "Only the topic's author or an administrator can change it");
        }
        questions.show(topic);
    }

    /** Reloads the list (question counts change) and selects the given topic, or the first one. */
    void reloadTopics(@Nullable UUID select) {
        var all = topicService.get().search(null, ALL_TOPICS).getContent();
        topics.setItems(all);
        all.stream()
                .filter(t -> t.id().equals(select))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresentOrElse(topics::select, () -> showTopic(null));
    }

    private @Nullable UUID selectedTopicId() {
        var selected = topics.asSingleSelect().getValue();
        return selected == null ? null : selected.id();
    }

    private void openTopicDialog(@Nullable TopicDetails topic) {
        var dialog = new TopicDialog(topic);
        dialog.addSaveListener(e -> {
            try {
                var actor = AuthenticatedUser.required();
                var saved = topic == null
                        ? topicService.get().create(actor, e.draft())
                        : topicService
                                .get()
                                .update(actor, topic.id(), e.draft(), ExpectedVersion.current(topic.version()));
                dialog.close();
                Feedback.success(topic == null ? "Topic " + saved.name() + " created" : "Topic saved");
                reloadTopics(saved.id());
            } catch (ErrorResponseException | AccessDeniedException ex) {
                dialog.showServerError(Feedback.describe(ex));
            }
        });
        dialog.open();
    }

    private void confirmDeleteTopic(@Nullable TopicDetails topic) {
        if (topic == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                "Delete topic " + topic.name() + "?",
                "Only a topic without questions can be deleted; delete or move its questions first.",
                "Delete topic",
                e -> {
                    if (Feedback.succeeded(() -> topicService.get().delete(AuthenticatedUser.required(), topic.id()))) {
                        Feedback.success("Topic " + topic.name() + " deleted");
                        reloadTopics(null);
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
