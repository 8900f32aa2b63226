package com.mockmate.catalog.ui;

import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.transfer.ImportReport;
import com.mockmate.catalog.service.transfer.ImportReport.RowError;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The dry run of an import: a summary, every problem by row and field, and the questions that were read. */
class ImportPreview extends VerticalLayout {

    final Div summary = new Div();
    final H4 errorsTitle = new H4("Problems to fix");
    final Span numbering = new Span("Rows are counted from the first question; a CSV header row does not count.");
    final Grid<RowError> errors = new Grid<>(RowError.class, false);
    final Grid<QuestionDraft> questions = new Grid<>(QuestionDraft.class, false);
    final Details questionsBox = new Details();

    ImportPreview() {
        setPadding(false);
        setSpacing(false);
        summary.addClassName("mm-import-summary");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(RowError::row).setHeader("Row").setWidth("5rem").setFlexGrow(0);
        errors.addColumn(e -> e.field().isBlank() ? "—" : e.field())
                .setHeader("Field")
                .setWidth("10rem")
                .setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader("Problem").setFlexGrow(1);

        questions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.addColumn(QuestionDraft::text).setHeader("Question").setFlexGrow(3);
        questions
                .addColumn(q -> q.difficulty() == null ? "—" : DifficultyBadge.label(q.difficulty()))
                .setHeader("Difficulty")
                .setWidth("7rem")
                .setFlexGrow(0);
        questions
                .addColumn(q -> q.keyPointsOrEmpty().size())
                .setHeader("Key points")
                .setWidth("7rem")
                .setFlexGrow(0);
        questions
                .addColumn(q -> String.join(", ", q.tagsOrEmpty()))
                .setHeader("Tags")
                .setFlexGrow(1);
        questionsBox.add(questions);
        questionsBox.setWidthFull();
        numbering.addClassName("mm-muted");
        numbering.addClassName("mm-small");
        add(summary, errorsTitle, numbering, errors, questionsBox);
        clear();
    }

    void show(ImportReport report) {
        summary.setText(summaryOf(report));
        summary.getElement().getThemeList().set("error", !report.ok());
        summary.setVisible(true);
        errors.setItems(report.errors());
        fitHeight(errors, report.errors().size());
        errorsTitle.setVisible(!report.ok());
        numbering.setVisible(!report.ok());
        errors.setVisible(!report.ok());
        questions.setItems(report.questions());
        fitHeight(questions, report.questions().size());
        // With problems the report is what matters; the readable rows stay one click away.
        questionsBox.setSummaryText(
                report.ok()
                        ? "Questions to import (" + report.questions().size() + ")"
                        : "Rows that could be read (" + report.questions().size() + " of " + report.rows() + ")");
        questionsBox.setOpened(report.ok());
        questionsBox.setVisible(!report.questions().isEmpty());
    }

    /** Short lists show every row; long ones scroll inside the dialog. */
    private static void fitHeight(Grid<?> grid, int rows) {
        grid.setAllRowsVisible(rows <= 8);
        if (rows > 8) {
            grid.setHeight("18rem");
        }
    }

    void clear() {
        summary.setVisible(false);
        errorsTitle.setVisible(false);
        numbering.setVisible(false);
        errors.setVisible(false);
        questionsBox.setVisible(false);
    }

    static String summaryOf(ImportReport report) {
        if (report.ok()) {
            return report.rows() + (report.rows() == 1 ? " question is" : " questions are")
                    + " ready to import. Nothing is saved until you confirm.";
        }
        int bad = report.rows() - report.valid();
        return bad + " of " + report.rows() + (report.rows() == 1 ? " row has" : " rows have") + " problems."
                + " Nothing will be imported: fix the file and upload it again.";
    }
}
