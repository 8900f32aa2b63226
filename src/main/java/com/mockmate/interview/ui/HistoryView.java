package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SessionSummaryView;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.Locale;

/** The candidate's earlier interviews; a click resumes one in progress or opens its results. */
@Route("history")
@PageTitle("My interviews | MockMate")
@Menu(order = 15, title = "My interviews", icon = "CHAT")
@PermitAll
public class HistoryView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    final Grid<SessionSummaryView> grid = new Grid<>(SessionSummaryView.class, false);

    final Button deleteRecordings = new Button("Delete all my recordings");

    HistoryView(InterviewQueries interviewQueries, RecordingService recordingService) {
        var queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        var recordings = ServiceRef.of(RecordingService.class, recordingService);
        addClassName("mm-page");
        grid.setAllRowsVisible(true);
        grid.addColumn(SessionSummaryView::assessmentTitle).setHeader("Test").setFlexGrow(2);
        grid.addColumn(s -> WHEN.format(s.startedAt().atZone(ZoneId.systemDefault())))
                .setHeader("Started");
        grid.addColumn(s -> s.status() == SessionStatus.IN_PROGRESS ? "In progress" : "Completed")
                .setHeader("Status");
        grid.addColumn(s -> s.totalScore() == null ? "–" : s.totalScore().toPlainString())
                .setHeader("Score");
        grid.addColumn(s -> "offline".equals(s.llmProvider()) ? "Offline evaluator" : s.llmProvider())
                .setHeader("Evaluator");
        grid.setItems(q ->
                queries
                        .get()
                        .history(AuthenticatedUser.required(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream());
        grid.setEmptyStateText("No interviews yet. Pick an assessment to start one.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate((e.getItem().status() == SessionStatus.IN_PROGRESS ? "interview/" : "results/")
                        + e.getItem().id())));
        deleteRecordings.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteRecordings.addClickListener(e -> confirmDeletion(recordings));
        var privacy = new Paragraph("Recordings of your spoken answers are deleted automatically after a while."
                + " Transcripts, scores and delivery figures stay when you delete them yourself.");
        privacy.addClassName("mm-hint");
        add(new H2("My interviews"), grid, privacy, deleteRecordings);
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
