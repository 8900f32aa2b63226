package com.mockmate.assessment.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionFilter;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.ui.DifficultyBadge;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Finds questions in the bank by topic, difficulty and text; fires {@link AddEvent} with the ones ticked. */
class QuestionPicker extends VerticalLayout {

    /** The order authors added questions in, which is also the order of the catalog's topic. */
    private static final Sort BANK_ORDER = Sort.by("createdAt", "id");

    final Select<TopicDetails> topic = new Select<>();
    final Select<Difficulty> difficulty = new Select<>();
    final TextField text = new TextField();
    final Grid<QuestionDetails> grid = new Grid<>(QuestionDetails.class, false);
    final Button addSelected = new Button("Add selected", VaadinIcon.ARROW_LEFT.create());
    private final ServiceRef<QuestionService> questions;
    private final Set<UUID> alreadyAdded = new HashSet<>();

    QuestionPicker(ServiceRef<QuestionService> questions, List<TopicDetails> topics) {
        this.questions = questions;
        setPadding(false);
        topic.setLabel("Topic");
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> t == null ? "" : t.name() + " (" + t.questionCount() + ")");
        topic.setPlaceholder("Choose a topic");
        topic.setWidth("13rem");
        topic.addValueChangeListener(e -> load());
        difficulty.setLabel("Difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption("Any");
        difficulty.setItemLabelGenerator(d -> d == null ? "Any" : DifficultyBadge.label(d));
        difficulty.setWidth("8rem");
        difficulty.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.setLabel("Text");
        text.setPlaceholder("Search questions");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("8rem");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(topic, difficulty, text);
        filters.setWidthFull();
        filters.setFlexGrow(1, text);
        filters.addClassName("mm-filter-bar");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(QuestionDetails::text).setHeader("Question").setFlexGrow(1);
        grid.addComponentColumn(q -> DifficultyBadge.of(q.difficulty()))
                .setHeader("Difficulty")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::inTestMarker)
                .setHeader("In test")
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.setEmptyStateText("Choose a topic to see its questions.");
        grid.setHeight("24rem");
        grid.asMultiSelect().addValueChangeListener(e -> updateAddButton());

        addSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSelected.addClickListener(e -> addSelection());
        var footer = new HorizontalLayout(addSelected);
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(filters, grid, footer);
        updateAddButton();
        topics.stream().findFirst().ifPresent(topic::setValue);
    }

    /** Tells the picker which questions the test already has, so that it marks them and does not add them twice. */
    void markAdded(Collection<UUID> ids) {
        alreadyAdded.clear();
        alreadyAdded.addAll(ids);
        grid.getDataProvider().refreshAll();
    }

    private void load() {
        var selected = topic.getValue();
        grid.deselectAll();
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        var topicId = selected.id();
        grid.setItems(
                        query -> questions
                                .get()
                                .list(
                                        topicId,
                                        filter(),
                                        PageRequest.of(query.getPage(), query.getPageSize(), BANK_ORDER))
                                .stream(),
                        query -> (int) questions.get().count(topicId, filter()))
                .setIdentifierProvider(QuestionDetails::id);
        grid.setEmptyStateText("No questions match these filters.");
    }

    private QuestionFilter filter() {
        var search = text.getValue().isBlank() ? null : text.getValue().trim();
        return new QuestionFilter(difficulty.getValue(), null, search);
    }

    private void addSelection() {
        var chosen = grid.getSelectedItems().stream()
                .filter(q -> !alreadyAdded.contains(q.id()))
                .sorted(Comparator.comparing(QuestionDetails::createdAt))
                .toList();
        grid.deselectAll();
        if (!chosen.isEmpty()) {
            fireEvent(new AddEvent(this, chosen));
        }
    }

    private void updateAddButton() {
        int count = grid.getSelectedItems().size();
        addSelected.setEnabled(count > 0);
        addSelected.setText(count == 0 ? "Add selected" : "Add " + count + " selected");
    }

    private Span inTestMarker(QuestionDetails question) {
        if (!alreadyAdded.contains(question.id())) {
            return new Span();
        }
        var check = new Span(VaadinIcon.CHECK.create());
        check.addClassName("mm-in-test");
        check.getElement().setAttribute("title", "Already in this test");
        return check;
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    /** The user chose questions to append to the test, in the bank's order. */
    static class AddEvent extends ComponentEvent<QuestionPicker> {

        private final List<QuestionDetails> questions;

        AddEvent(QuestionPicker source, List<QuestionDetails> questions) {
            super(source, false);
            this.questions = questions;
        }

        List<QuestionDetails> questions() {
            return questions;
        }
    }
}
