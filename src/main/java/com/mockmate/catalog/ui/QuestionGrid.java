package com.mockmate.catalog.ui;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionFilter;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The questions of one topic: sortable columns, filters in a bar the owner places above the grid (so that they stay on
 * a phone, where the columns give way to one card per question), the answer key in a row's details, and edit / delete
 * buttons that only work on what the user may change. The owner supplies the data; see {@link #filter()}.
 */
class QuestionGrid extends Grid<QuestionDetails> {

    static final String NOT_YOURS = "Only the question's author or an administrator can change it";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    final TextField textFilter = new TextField();
    final Select<Difficulty> difficultyFilter = new Select<>();
    final TextField tagFilter = new TextField();
    final Button clearFilters = new Button("Clear filters", e -> clearFilters());
    final Button addFirst = new Button("Add a question");
    final Paragraph emptyMessage = new Paragraph();
    final HorizontalLayout filterBar = new HorizontalLayout();
    private final ZoneId zone;
    private final SerializableConsumer<QuestionDetails> onEdit;
    private final SerializableConsumer<QuestionDetails> onDelete;
    private final List<Column<QuestionDetails>> wideColumns;
    private final Column<QuestionDetails> summaryColumn;
    private boolean topicSelected;

    QuestionGrid(
            ZoneId zone,
            SerializableConsumer<QuestionDetails> onEdit,
            SerializableConsumer<QuestionDetails> onDelete,
            SerializableRunnable onAdd) {
        super(QuestionDetails.class, false);
        this.zone = zone;
        this.onEdit = onEdit;
        this.onDelete = onDelete;
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setMultiSort(false);
        var text = addColumn(QuestionDetails::text)
                .setHeader("Question")
                .setKey("text")
                .setSortable(true)
                .setSortProperty("text")
                .setFlexGrow(3);
        var difficulty = addComponentColumn(q -> DifficultyBadge.of(q.difficulty()))
                .setHeader("Difficulty")
                .setKey("difficulty")
                .setSortable(true)
                .setSortProperty("difficulty")
                .setWidth("8rem")
                .setFlexGrow(0);
        var tags = addComponentColumn(QuestionGrid::tagChips)
                .setHeader("Tags")
                .setKey("tags")
                .setFlexGrow(1);
        var created = addColumn(q -> DATE.format(q.createdAt().atZone(this.zone)))
                .setHeader("Created")
                .setKey("created")
                .setSortable(true)
                .setSortProperty("createdAt")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        summaryColumn = addComponentColumn(this::summary)
                .setHeader("Question")
                .setKey("summary")
                .setFlexGrow(1);
        summaryColumn.setVisible(false);
        addComponentColumn(this::actions).setKey("actions").setWidth("5.5rem").setFlexGrow(0);
        wideColumns = List.of(text, difficulty, tags, created);

        filterBar.add(filterField(textFilter, "Search text"), difficultyFilter(), filterField(tagFilter, "Tag"));
        filterBar.setFlexGrow(1, textFilter);
        filterBar.addClassName("mm-filter-bar");
        sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        setItemDetailsRenderer(new ComponentRenderer<>(QuestionGrid::answerKey));
        addFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        addFirst.addClickListener(e -> onAdd.run());
        clearFilters.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var emptyState = new Div(emptyMessage, addFirst, clearFilters);
        emptyState.addClassName("mm-empty-state");
        setEmptyStateComponent(emptyState);
        updateEmptyState();
    }

    /** Below tablet width one card per question replaces the columns, which wrapped the text one word per line. */
    void useCompactLayout(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        summaryColumn.setVisible(compact);
    }

    /** Shows a topic's questions from now on, or none when {@code selected} is false. */
    void topicSelected(boolean selected) {
        this.topicSelected = selected;
        updateEmptyState();
    }

    /** An empty grid says why: a new topic has no questions yet, while filters may hide existing ones. */
    private void updateEmptyState() {
        boolean filtered = !filter().equals(QuestionFilter.none());
        emptyMessage.setText(
                !topicSelected
                        ? "Select or create a topic to see its questions."
                        : filtered
                                ? "No questions match these filters."
                                : "This topic has no questions yet. Add the first one or import a file.");
        addFirst.setVisible(topicSelected && !filtered);
        clearFilters.setVisible(filtered);
    }

    private void clearFilters() {
        textFilter.clear();
        difficultyFilter.clear();
        tagFilter.clear();
    }

    /** What the header filters ask for; the data callbacks read it on every fetch. */
    QuestionFilter filter() {
        return new QuestionFilter(
                difficultyFilter.getValue(), blankToNull(tagFilter.getValue()), blankToNull(textFilter.getValue()));
    }

    private TextField filterField(TextField field, String placeholder) {
        field.setPlaceholder(placeholder);
        field.setAriaLabel("Filter by " + placeholder.toLowerCase(Locale.ROOT));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMinWidth("10rem");
        field.addThemeName("small");
        field.addValueChangeListener(e -> filtersChanged());
        return field;
    }

    private Select<Difficulty> difficultyFilter() {
        difficultyFilter.setItems(Difficulty.values());
        difficultyFilter.setItemLabelGenerator(d -> d == null ? "Any difficulty" : DifficultyBadge.label(d));
        difficultyFilter.setEmptySelectionAllowed(true);
        difficultyFilter.setEmptySelectionCaption("Any difficulty");
        difficultyFilter.setAriaLabel("Filter by difficulty");
        difficultyFilter.setWidth("10rem");
        difficultyFilter.addThemeName("small");
        difficultyFilter.addValueChangeListener(e -> filtersChanged());
        return difficultyFilter;
    }

    private void filtersChanged() {
        updateEmptyState();
        getDataProvider().refreshAll();
    }

    private Div summary(QuestionDetails question) {
        var facts = tagChips(question);
        facts.addComponentAsFirst(DifficultyBadge.of(question.difficulty()));
        var card = new Div(new Span(question.text()), facts);
        card.addClassName("mm-row-card");
        return card;
    }

    private Component actions(QuestionDetails question) {
        boolean mayChange = AuthenticatedUser.current()
                .map(u -> u.mayModify(question.ownerId()))
                .orElse(false);
        var edit = iconButton(VaadinIcon.EDIT, "Edit", e -> onEdit.accept(question));
        var delete = iconButton(VaadinIcon.TRASH, "Delete", e -> onDelete.accept(question));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : List.of(edit, delete)) {
            button.setEnabled(mayChange);
            if (!mayChange) {
                button.setTooltipText(NOT_YOURS);
            }
        }
        var box = new HorizontalLayout(edit, delete);
        box.setSpacing(false);
        return box;
    }

    private static Button iconButton(
            VaadinIcon icon, String label, ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private static Div tagChips(QuestionDetails question) {
        var box = new Div();
        box.addClassName("mm-tag-chips");
        question.tags().forEach(tag -> {
            var chip = new Span(tag);
            chip.getElement().getThemeList().add("badge contrast pill small");
            box.add(chip);
        });
        return box;
    }

    private static Div answerKey(QuestionDetails question) {
        var points = new UnorderedList();
        question.keyPoints().forEach(point -> points.add(new ListItem(point)));
        var reference =
                new Paragraph(question.referenceAnswer() == null ? "No reference answer." : question.referenceAnswer());
        var box = new Div(new Span("Key points"), points, new Span("Reference answer"), reference);
        if (question.keyPoints().isEmpty()) {
            box.replace(points, new Paragraph("No key points yet."));
        }
        box.addClassName("mm-answer-key");
        return box;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
