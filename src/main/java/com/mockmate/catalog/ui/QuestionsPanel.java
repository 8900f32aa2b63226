package com.mockmate.catalog.ui;

import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.RemovalOutcome;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.transfer.ImportReport;
import com.mockmate.catalog.service.transfer.QuestionTransferService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/** The catalog's right-hand side: the selected topic's questions with their editor, import and export. */
class QuestionsPanel extends VerticalLayout {

    private final ServiceRef<QuestionService> questions;
    private final ServiceRef<QuestionTransferService> transfers;
    private final SerializableRunnable onChanged;
    final QuestionGrid grid;
    final Button newQuestion = new Button("New question", VaadinIcon.PLUS.create());
    final Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());
    final ExportLinks export;
    private @Nullable TopicDetails topic;

    QuestionsPanel(
            ServiceRef<QuestionService> questions,
            ServiceRef<QuestionTransferService> transfers,
            ZoneId zone,
            SerializableRunnable onChanged) {
        this.questions = questions;
        this.transfers = transfers;
        this.onChanged = onChanged;
        this.grid = new QuestionGrid(zone, this::openEditor, this::confirmDelete, () -> openEditor(null));
        this.export = new ExportLinks(transfers);
        setPadding(false);
        setSizeFull();

        newQuestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newQuestion.addClickListener(e -> openEditor(null));
        importButton.setTooltipText("Add questions from a CSV or JSON file");
        importButton.addClickListener(e -> openImport());
        var toolbar = new HorizontalLayout(newQuestion, importButton, export);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("mm-toolbar");
        grid.setSizeFull();
        add(toolbar, grid.filterBar, grid);
        show(null);
    }

    /** On a phone the panel grows with its cards and the page scrolls; beside the topics it fills its pane. */
    void useCompactLayout(boolean compact) {
        setHeight(compact ? null : "100%");
        grid.setAllRowsVisible(compact);
        grid.useCompactLayout(compact);
    }

    void show(@Nullable TopicDetails selected) {
        this.topic = selected;
        newQuestion.setEnabled(selected != null);
        importButton.setEnabled(selected != null);
        export.setTopic(selected);
        grid.topicSelected(selected != null);
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        var topicId = selected.id();
        grid.setItems(query -> questions.get().list(topicId, grid.filter(), stablePage(query)).stream(), query ->
                (int) questions.get().count(topicId, grid.filter()));
    }

    /** The grid's sort plus the id, so that questions created in one import keep their place between pages. */
    private static Pageable stablePage(Query<QuestionDetails, Void> query) {
        var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return page.withSort(page.getSort().and(Sort.by("id")));
    }

    void openEditor(@Nullable QuestionDetails question) {
        var current = topic;
        if (current == null) {
            return;
        }
        var dialog = question == null
                ? new QuestionEditorDialog("New question in " + current.name(), new QuestionFields(), null)
                : new QuestionEditorDialog("Edit question", QuestionFields.of(question), question.version());
        dialog.form.addSaveListener(e -> save(dialog, current, question, e.draft()));
        dialog.open();
    }

    private void save(
            QuestionEditorDialog dialog, TopicDetails into, @Nullable QuestionDetails original, QuestionDraft draft) {
        try {
            var actor = AuthenticatedUser.required();
            if (original == null) {
                questions.get().create(actor, into.id(), draft);
            } else {
                questions.get().update(actor, original.id(), draft, ExpectedVersion.current(original.version()));
            }
            dialog.close();
            Feedback.success(original == null ? "Question added to " + into.name() : "Question saved");
            grid.getDataProvider().refreshAll();
            onChanged.run();
        } catch (ErrorResponseException | AccessDeniedException e) {
            dialog.form.showServerError(Feedback.describe(e));
        }
    }

    private void confirmDelete(QuestionDetails question) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete this question?");
        confirm.setText("“" + abbreviate(question.text()) + "” will be removed from the bank. If an assessment or"
                + " interview used it, it is archived instead, so their history stays intact.");
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.addConfirmListener(e -> delete(question));
        confirm.open();
    }

    private void delete(QuestionDetails question) {
        Feedback.attempt(() -> questions.get().delete(AuthenticatedUser.required(), question.id()))
                .ifPresent(outcome -> {
                    Feedback.success(
                            outcome == RemovalOutcome.ARCHIVED
                                    ? "The question is used by an assessment or interview, so it was archived instead of"
                                            + " deleted. It no longer appears in the bank."
                                    : "Question deleted");
                    grid.getDataProvider().refreshAll();
                    onChanged.run();
                });
    }

    private void openImport() {
        var current = topic;
        if (current == null) {
            return;
        }
        var topicId = current.id();
        new ImportDialog(
                        current.name(),
                        (content, format, dryRun) -> transfers
                                .get()
                                .importQuestions(AuthenticatedUser.required(), topicId, content, format, dryRun),
                        this::imported)
                .open();
    }

    private void imported(ImportReport report) {
        Feedback.success(report.imported() + (report.imported() == 1 ? " question" : " questions") + " imported");
        grid.getDataProvider().refreshAll();
        onChanged.run();
    }

    static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "…";
    }
}
