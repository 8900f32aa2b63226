package com.mockmate.catalog.ui;

import com.mockmate.base.ui.Feedback;
import com.mockmate.catalog.service.transfer.ImportReport;
import com.mockmate.catalog.service.transfer.QuestionTransferService;
import com.mockmate.catalog.service.transfer.TransferFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/**
 * Import in three steps: upload a CSV or JSON file, read the dry run (what would be imported and every problem), then
 * confirm. The service imports all rows or none, so the confirm button only appears for a clean dry run.
 */
class ImportDialog extends Dialog {

    /** The service call, supplied by the view so that the dialog itself needs no Spring. */
    @FunctionalInterface
    interface Importer extends Serializable {
        ImportReport run(String content, TransferFormat format, boolean dryRun);
    }

    static final String FORMAT_HELP =
            "CSV: a header row naming the columns text, difficulty, keyPoints, referenceAnswer,"
                    + " tags, timeLimitSeconds (text and difficulty are required; separate list items with |)."
                    + " JSON: an array of objects with the same fields.";

    final Upload upload;
    final Div problem = new Div();
    final ImportPreview preview = new ImportPreview();
    final Button importButton = new Button("Import");
    private final Importer importer;
    private final SerializableConsumer<ImportReport> onImported;
    private @Nullable String content;
    private @Nullable TransferFormat format;

    ImportDialog(String topicName, Importer importer, SerializableConsumer<ImportReport> onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle("Import questions into " + topicName);
        setWidth("min(60rem, 96vw)");

        upload = new Upload(
                UploadHandler.inMemory((metadata, data) -> receive(metadata.fileName(), metadata.contentType(), data)));
        upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(QuestionTransferService.MAX_BYTES);
        upload.setDropLabel(new Span("Drop a .csv or .json file here (up to 2 MB)"));
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.setWidthFull();

        var help = new Paragraph(FORMAT_HELP);
        help.addClassName("mm-muted");
        problem.addClassName("mm-form-error");
        problem.setVisible(false);
        add(help, upload, problem, preview);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setTooltipText("Upload a file without problems first");
        importButton.addClickListener(e -> importForReal());
        getFooter().add(new Button("Cancel", e -> close()), importButton);
    }

    /** Reads an uploaded file and shows its dry run; the upload handler calls it with the UI locked. */
    void receive(String fileName, @Nullable String contentType, byte[] data) {
        reset();
        upload.clearFileList();
        var detected = TransferFormat.detect(contentType, fileName);
        if (detected == null) {
            showProblem("“" + fileName + "” is neither a .csv nor a .json file.");
            return;
        }
        var text = new String(data, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            var report = importer.run(text, detected, true);
            preview.show(report);
            if (report.ok()) {
                content = text;
                format = detected;
                importButton.setText("Import " + report.rows() + (report.rows() == 1 ? " question" : " questions"));
                importButton.setEnabled(true);
            }
        } catch (ErrorResponseException | AccessDeniedException e) {
            showProblem("“" + fileName + "”: " + Feedback.describe(e));
        }
    }

    private void importForReal() {
        if (content == null || format == null) {
            return;
        }
        try {
            var report = importer.run(content, format, false);
            if (report.ok()) {
                close();
                onImported.accept(report);
            } else {
                reset();
                preview.show(report);
            }
        } catch (ErrorResponseException | AccessDeniedException e) {
            showProblem(Feedback.describe(e));
        }
    }

    private void reset() {
        content = null;
        format = null;
        importButton.setText("Import");
        importButton.setEnabled(false);
        problem.setVisible(false);
        preview.clear();
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
