package com.mockmate.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.mockmate.catalog.service.QuestionFilter;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDraft;
import com.mockmate.catalog.service.TopicService;
import com.mockmate.support.BrowserlessUi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CatalogImportExportTest {

    static final String GOOD_CSV = """
            text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds
            "What is a coroutine?",EASY,"suspendable computation|lighter than a thread",,kotlin|async,120
            "Explain structured concurrency.",HARD,"scopes own their children",,kotlin,
            """;
    static final String BAD_CSV = """
            text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds
            "What is a coroutine?",EXPERT,,,,
            ,EASY,,,,
            "Fine question?",MEDIUM,,,,abc
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    QuestionService questions;

    private UUID topicId;
    private CatalogView view;

    @BeforeEach
    void openCatalogOnANewTopic() {
        var instructor = BrowserlessUi.account(context, "ines", Role.INSTRUCTOR);
        BrowserlessUi.start(context, instructor);
        topicId = context.getBean(TopicService.class)
                .create(instructor, new TopicDraft("Kotlin", "Coroutines"))
                .id();
        UI.getCurrent().navigate(CatalogView.class);
        view = _get(CatalogView.class);
        view.reloadTopics(topicId);
    }

    @AfterEach
    void close() {
        BrowserlessUi.stop();
    }

    @Test
    void a_bad_csv_shows_the_error_report_and_imports_nothing() {
        var dialog = openImport();

        upload(dialog, "bad.csv", BAD_CSV);

        assertThat(dialog.preview.errors.isVisible()).isTrue();
        var errors = GridKt._findAll(dialog.preview.errors);
        assertThat(errors)
                .extracting(e -> e.row() + ":" + e.field())
                .contains("1:difficulty", "2:text", "3:timeLimitSeconds");
        assertThat(dialog.preview.summary.getText())
                .contains("3 of 3 rows have problems.")
                .contains("Nothing will be imported");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(questionCount()).isZero();
    }

    @Test
    void a_good_csv_is_previewed_then_imported_on_confirmation() {
        var dialog = openImport();

        upload(dialog, "kotlin.csv", GOOD_CSV);

        assertThat(GridKt._findAll(dialog.preview.questions))
                .extracting(q -> q.text())
                .containsExactly("What is a coroutine?", "Explain structured concurrency.");
        assertThat(dialog.preview.errors.isVisible()).isFalse();
        assertThat(dialog.importButton.getText()).isEqualTo("Import 2 questions");
        assertThat(questionCount()).as("a dry run saves nothing").isZero();

        _click(dialog.importButton);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(questionCount()).isEqualTo(2);
        assertThat(GridKt._size(view.questions.grid)).isEqualTo(2);
        assertThat(CatalogViewTest.notificationTexts()).contains("2 questions imported");
    }

    @Test
    void a_file_that_is_neither_csv_nor_json_is_refused_with_a_message() {
        var dialog = openImport();

        upload(dialog, "notes.txt", "just some text");

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("neither a .csv nor a .json file");
    }

    @Test
    void a_csv_without_the_required_header_explains_what_is_missing() {
        var dialog = openImport();

        upload(dialog, "bad-header.csv", "question,level\nWhat?,EASY\n");

        assertThat(dialog.problem.getText())
                .contains("missing")
                .contains("text")
                .contains("difficulty");
        assertThat(dialog.importButton.isEnabled()).isFalse();
    }

    @Test
    void export_downloads_the_topics_questions_as_csv_that_imports_again() {
        var dialog = openImport();
        upload(dialog, "kotlin.csv", GOOD_CSV);
        _click(dialog.importButton);

        var csv = new String(DownloadKt._download(view.questions.export.csv), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds");
        assertThat(csv).contains("What is a coroutine?").contains("suspendable computation|lighter than a thread");
        var json = new String(DownloadKt._download(view.questions.export.json), StandardCharsets.UTF_8);
        assertThat(json).contains("\"text\" : \"Explain structured concurrency.\"");
    }

    private ImportDialog openImport() {
        _click(view.questions.importButton);
        return _get(ImportDialog.class);
    }

    private static void upload(ImportDialog dialog, String fileName, String content) {
        var mime =
                fileName.endsWith(".csv") ? "text/csv" : fileName.endsWith(".json") ? "application/json" : "text/plain";
        UploadKt._upload(dialog.upload, fileName, mime, content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    private long questionCount() {
        return questions.count(topicId, QuestionFilter.none());
    }
}
