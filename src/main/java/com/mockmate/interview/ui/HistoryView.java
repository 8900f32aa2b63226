package com.mockmate.interview.ui;

import com.mockmate.base.ui.CompactWidth;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.HistoryFilter;
import com.mockmate.interview.service.SessionHistory;
import com.mockmate.interview.service.SessionListItem;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The candidate's earlier interviews, filtered by topic, start date and status and sorted by any column; a click (or
 * Enter on a focused row) resumes one in progress or opens its results.
 */
@Route("history")
@PageTitle("My interviews | MockMate")
@Menu(order = 15, title = "My interviews", icon = "CHAT")
@StyleSheet("context://styles/history.css")
@PermitAll
public class HistoryView extends VerticalLayout {

    static final int PAGE_SIZE = 25;

    /** Read by the browser when Enter is pressed on a row: the key the grid gave that row's item, or null. */
    static final String FOCUSED_ROW_KEY = "event.composedPath()[0].closest?.('tr')?._item?.key ?? null";

    final Grid<SessionListItem> grid = new Grid<>(SessionListItem.class, false);
    final ComboBox<TopicChoice> topic = new ComboBox<>("Topic");
    final DatePicker from = new DatePicker("Started from");
    final DatePicker to = new DatePicker("to");
    final Select<SessionStatus> status = new Select<>();
    final Button clear = new Button("Clear filters");
    final Span matches = new Span();

    private final List<Grid.Column<SessionListItem>> wideColumns = new ArrayList<>();
    private final Grid.Column<SessionListItem> summaryColumn;
    private final ServiceRef<SessionHistory> history;
    private HistoryFilter filter = HistoryFilter.ALL;

    HistoryView(SessionHistory sessionHistory) {
        history = ServiceRef.of(SessionHistory.class, sessionHistory);
        addClassNames("mm-page", "mm-history");
        grid.addClassName("mm-clickable-rows");
        grid.addClassName("mm-history-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.setMultiSort(false);
        wideColumns.add(grid.addColumn(SessionListItem::assessmentTitle)
                .setKey("test")
                .setHeader("Test")
                .setSortProperty("title")
                .setFlexGrow(2));
        wideColumns.add(grid.addComponentColumn(HistoryRows::practiceBadge)
                .setKey("kind")
                .setHeader("Kind"));
        wideColumns.add(grid.addColumn(HistoryRows::started)
                .setKey("started")
                .setHeader("Started")
                .setSortProperty("startedAt"));
        wideColumns.add(grid.addColumn(HistoryRows::status)
                .setKey("status")
                .setHeader("Status")
                .setSortProperty("status"));
        wideColumns.add(grid.addColumn(HistoryRows::score)
                .setKey("score")
                .setHeader("Score")
                .setSortProperty("totalScore"));
        wideColumns.add(
                grid.addColumn(HistoryRows::evaluator).setKey("evaluator").setHeader("Evaluator"));
        // Dates and short values take the width they need; the test title takes the rest. The score's width is set:
        // measured from its short values, it left no room for the header's sort indicator.
        wideColumns
                .subList(1, wideColumns.size())
                .forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        grid.getColumnByKey("score").setAutoWidth(false).setWidth("7.5rem");
        summaryColumn = grid.addComponentColumn(HistoryRows::summary)
                .setKey("summary")
                .setHeader("Interview")
                .setFlexGrow(1);
        summaryColumn.setVisible(false);
        grid.addComponentColumn(HistoryRows::openHint)
                .setKey("open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Pages and their count come from the database, sorted there: hundreds of interviews load as fast as a few.
        grid.setItems(
                query -> history
                        .get()
                        .list(AuthenticatedUser.required(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> countMatches());
        grid.setEmptyStateText("No interviews yet. Pick an assessment to start one.");
        grid.addItemClickListener(e -> open(e.getItem()));
        // The grid fires no item click for the keyboard; Enter on a focused row opens it like a click.
        grid.getElement()
                .addEventListener("keydown", e -> openRow(e.getEventData().get(FOCUSED_ROW_KEY)))
                .setFilter("event.key === 'Enter'")
                .addEventData(FOCUSED_ROW_KEY);
        matches.addClassName("mm-muted");
        matches.getElement().setAttribute("aria-live", "polite");
        var recordings = new Paragraph("Recordings of your spoken answers are deleted automatically after a while;"
                + " you can delete them all or withdraw your consent under ");
        recordings.add(new Anchor("account", "My account"), new Text("."));
        recordings.addClassName("mm-hint");
        add(new H2("My interviews"), filters(), matches, grid, recordings);
        CompactWidth.track(this, this::useCompactLayout);
    }

    private Component filters() {
        topic.setItems(history.get().topics(AuthenticatedUser.required()).entrySet().stream()
                .map(e -> new TopicChoice(e.getKey(), e.getValue()))
                .toList());
        topic.setItemLabelGenerator(TopicChoice::name);
        topic.setPlaceholder("All topics");
        topic.setClearButtonVisible(true);
        topic.addValueChangeListener(e -> apply(
                filter.withTopic(e.getValue() == null ? null : e.getValue().id())));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setI18n(dates());
        to.setI18n(dates());
        from.addValueChangeListener(e -> datesChanged());
        to.addValueChangeListener(e -> datesChanged());
        status.setLabel("Status");
        status.setItems(SessionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : HistoryRows.statusLabel(s));
        status.addValueChangeListener(e -> apply(filter.withStatus(e.getValue())));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            topic.clear();
            from.clear();
            to.clear();
            status.clear();
        });
        var bar = new Div(topic, from, to, status, clear);
        bar.addClassName("mm-history-filters");
        return bar;
    }

    /** A "to" before "from" is marked on the field and not applied, rather than answered with an empty list. */
    private void datesChanged() {
        boolean reversed = from.getValue() != null
                && to.getValue() != null
                && from.getValue().isAfter(to.getValue());
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? "Must not be before the start date" : null);
        if (!reversed) {
            apply(filter.withDates(from.getValue(), to.getValue()));
        }
    }

    private void apply(HistoryFilter changed) {
        filter = changed;
        grid.getDataProvider().refreshAll();
    }

    private int countMatches() {
        int count = (int) history.get().count(AuthenticatedUser.required(), filter);
        boolean filtered = !filter.equals(HistoryFilter.ALL);
        matches.setText(filtered ? (count == 1 ? "1 interview matches" : count + " interviews match") : "");
        grid.setEmptyStateText(
                filtered
                        ? "No interviews match these filters."
                        : "No interviews yet. Pick an assessment to start one.");
        clear.setEnabled(filtered);
        return count;
    }

    private static DatePicker.DatePickerI18n dates() {
        return new DatePicker.DatePickerI18n().setDateFormat("d MMM yyyy");
    }

    /** Below tablet width one stacked column replaces the five narrow ones, which truncated every value. */
    void useCompactLayout(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        summaryColumn.setVisible(compact);
    }

    private void openRow(@Nullable JsonNode key) {
        if (key == null || !key.isString()) {
            return;
        }
        var item = grid.getDataCommunicator().getKeyMapper().get(key.asString());
        if (item != null) {
            open(item);
        }
    }

    private void open(SessionListItem session) {
        getUI().ifPresent(ui ->
                ui.navigate((HistoryRows.inProgress(session) ? "interview/" : "results/") + session.id()));
    }

    /** A topic the candidate's interviews drew questions from. */
    record TopicChoice(UUID id, String name) implements Serializable {}
}
