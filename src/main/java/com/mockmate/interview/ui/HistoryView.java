package com.mockmate.interview.ui;

import com.mockmate.base.ui.CompactWidth;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SessionListItem;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The candidate's earlier interviews; a click (or Enter on a focused row) resumes one in progress or opens its results.
 */
@Route("history")
@PageTitle("My interviews | MockMate")
@Menu(order = 15, title = "My interviews", icon = "CHAT")
@PermitAll
public class HistoryView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    /** Read by the browser when Enter is pressed on a row: the key the grid gave that row's item, or null. */
    static final String FOCUSED_ROW_KEY = "event.composedPath()[0].closest?.('tr')?._item?.key ?? null";

    final Grid<SessionListItem> grid = new Grid<>(SessionListItem.class, false);

    final Button deleteRecordings = new Button("Delete all my recordings");

    private final List<Grid.Column<SessionListItem>> wideColumns = new ArrayList<>();
    private final Grid.Column<SessionListItem> summaryColumn;

    HistoryView(InterviewQueries interviewQueries, RecordingService recordingService) {
        var queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        var recordings = ServiceRef.of(RecordingService.class, recordingService);
        addClassName("mm-page");
        grid.setAllRowsVisible(true);
        grid.addClassName("mm-clickable-rows");
        wideColumns.add(grid.addColumn(SessionListItem::assessmentTitle)
                .setKey("test")
                .setHeader("Test")
                .setFlexGrow(2));
        wideColumns.add(grid.addComponentColumn(HistoryView::practiceBadge)
                .setKey("kind")
                .setHeader("Kind"));
        wideColumns.add(grid.addColumn(HistoryView::started).setKey("started").setHeader("Started"));
        wideColumns.add(grid.addColumn(HistoryView::status).setKey("status").setHeader("Status"));
        wideColumns.add(grid.addColumn(HistoryView::score).setKey("score").setHeader("Score"));
        wideColumns.add(
                grid.addColumn(HistoryView::evaluator).setKey("evaluator").setHeader("Evaluator"));
        // Dates and short values take the width they need; the test title takes the rest.
        wideColumns
                .subList(1, wideColumns.size())
                .forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        summaryColumn = grid.addComponentColumn(HistoryView::summary)
                .setKey("summary")
                .setHeader("Interview")
                .setFlexGrow(1);
        summaryColumn.setVisible(false);
        grid.addComponentColumn(HistoryView::openHint)
                .setKey("open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q ->
                queries
                        .get()
                        .history(AuthenticatedUser.required(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream());
        grid.setEmptyStateText("No interviews yet. Pick an assessment to start one.");
        grid.addItemClickListener(e -> open(e.getItem()));
        // The grid fires no item click for the keyboard; Enter on a focused row opens it like a click.
        grid.getElement()
                .addEventListener("keydown", e -> openRow(e.getEventData().get(FOCUSED_ROW_KEY)))
                .setFilter("event.key === 'Enter'")
                .addEventData(FOCUSED_ROW_KEY);
        deleteRecordings.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteRecordings.addClickListener(e -> confirmDeletion(recordings));
        var privacy = new Paragraph("Recordings of your spoken answers are deleted automatically after a while."
                + " Transcripts, scores and delivery figures stay when you delete them yourself.");
        privacy.addClassName("mm-hint");
        add(new H2("My interviews"), grid, privacy, deleteRecordings);
        CompactWidth.track(this, this::useCompactLayout);
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
        getUI().ifPresent(ui -> ui.navigate((inProgress(session) ? "interview/" : "results/") + session.id()));
    }

    private static boolean inProgress(SessionListItem session) {
        return session.status() == SessionStatus.IN_PROGRESS;
    }

    private static String started(SessionListItem session) {
        return WHEN.format(session.startedAt().atZone(ZoneId.systemDefault()));
    }

    private static String status(SessionListItem session) {
        return switch (session.status()) {
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case ABANDONED -> "Set aside";
        };
    }

    private static String score(SessionListItem session) {
        return session.totalScore() == null ? "–" : QuestionScores.shown(session.totalScore());
    }

    private static String evaluator(SessionListItem session) {
        return "offline".equals(session.llmProvider()) ? "Offline evaluator" : session.llmProvider();
    }

    /** A practice session (one question tried again, kept out of test averages) is marked; a test is not. */
    private static Span practiceBadge(SessionListItem session) {
        var badge = new Span(session.practice() ? "Practice" : "");
        if (session.practice()) {
            badge.getElement().getThemeList().add("badge small");
        }
        return badge;
    }

    private static Div summary(SessionListItem session) {
        var title = new Span(session.assessmentTitle());
        title.addClassName("mm-card-title");
        if (session.practice()) {
            var badge = practiceBadge(session);
            badge.getStyle().setMarginLeft("var(--lumo-space-s)");
            title.add(badge);
        }
        var outcome = new Span(
                session.status() == SessionStatus.COMPLETED
                        ? "Completed · score " + score(session) + " / 100"
                        : status(session));
        var when = new Span(started(session) + " · " + evaluator(session));
        when.addClassName("mm-muted");
        var card = new Div(title, outcome, when);
        card.addClassName("mm-row-card");
        return card;
    }

    /** Says what a click does; the row itself is the target, so this is no button of its own. */
    private static Span openHint(SessionListItem session) {
        var hint = new Span(inProgress(session) ? "Resume" : "Open results");
        hint.add(VaadinIcon.ANGLE_RIGHT.create());
        hint.addClassName("mm-row-open");
        return hint;
    }

    private void confirmDeletion(ServiceRef<RecordingService> recordings) {
        var dialog = new ConfirmDialog(
                "Delete all your recordings?",
                "The audio of every spoken answer you gave is deleted for good.",
                "Delete recordings",
                confirmed -> {
                    int deleted = recordings.get().deleteAllRecordings(AuthenticatedUser.required());
                    Notification.show(
                                    deleted == 0
                                            ? "You had no recordings."
                                            : deleted == 1 ? "1 recording deleted." : deleted + " recordings deleted.",
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
