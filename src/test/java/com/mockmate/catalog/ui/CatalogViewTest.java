package com.mockmate.catalog.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionDraft;
import com.mockmate.catalog.service.QuestionFilter;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.support.BrowserlessUi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CatalogViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    QuestionService questionService;

    private AuthenticatedUser instructor;
    private CatalogView view;

    @BeforeEach
    void openCatalog() {
        instructor = BrowserlessUi.account(context, "ines", Role.INSTRUCTOR);
        BrowserlessUi.start(context, instructor);
        UI.getCurrent().navigate(CatalogView.class);
        view = _get(CatalogView.class);
        selectTopic("Java");
    }

    @AfterEach
    void close() {
        BrowserlessUi.stop();
    }

    @Test
    void a_question_saved_in_the_form_appears_in_the_grid() {
        long before = javaQuestionCount();
        _click(view.questions.newQuestion);
        var editor = _get(QuestionEditorDialog.class);
        _setValue(editor.form.text, "What does the volatile keyword guarantee?");
        _setValue(editor.form.difficulty, Difficulty.HARD);
        _setValue(editor.form.keyPoints.input, "visibility across threads");
        _click(editor.form.keyPoints.add);
        _setValue(editor.form.tags.input, "Concurrency");
        _click(editor.form.tags.add);

        _click(editor.form.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(javaQuestionCount()).isEqualTo(before + 1);
        var newest = GridKt._get(view.questions.grid, 0);
        assertThat(newest.text()).isEqualTo("What does the volatile keyword guarantee?");
        assertThat(newest.keyPoints()).containsExactly("visibility across threads");
        assertThat(newest.tags()).containsExactly("concurrency");
        assertThat(newest.ownerId()).isEqualTo(instructor.id());
        assertThat(notificationTexts()).contains("Question added to Java");
        assertThat(selectedTopic().questionCount()).isEqualTo(before + 1);
    }

    @Test
    void invalid_input_shows_inline_errors_and_saves_nothing() {
        long before = javaQuestionCount();
        _click(view.questions.newQuestion);
        var editor = _get(QuestionEditorDialog.class);

        _click(editor.form.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.form.text.isInvalid()).isTrue();
        assertThat(editor.form.text.getErrorMessage()).isEqualTo("Enter the question");
        assertThat(editor.form.difficulty.isInvalid()).isTrue();
        assertThat(javaQuestionCount()).isEqualTo(before);
    }

    @Test
    void an_instructor_edits_an_own_question_but_not_seeded_ones() {
        var own = questionService.create(
                instructor,
                selectedTopic().id(),
                new QuestionDraft("Own question?", Difficulty.EASY, List.of(), null, List.of(), null));
        view.questions.grid.getDataProvider().refreshAll();

        var rows = GridKt._findAll(view.questions.grid);
        int ownRow = rows.indexOf(
                rows.stream().filter(q -> q.id().equals(own.id())).findFirst().orElseThrow());
        int seededRow = ownRow == 0 ? 1 : 0;
        assertThat(actionButtons(seededRow)).allSatisfy(b -> {
            assertThat(b.isEnabled()).isFalse();
            assertThat(b.getTooltip().getText()).isEqualTo(QuestionGrid.NOT_YOURS);
        });
        assertThat(actionButtons(ownRow))
                .allSatisfy(b -> assertThat(b.isEnabled()).isTrue());

        _click(actionButtons(ownRow).getFirst());
        var editor = _get(QuestionEditorDialog.class);
        assertThat(editor.form.text.getValue()).isEqualTo("Own question?");
        _setValue(editor.form.text, "Own question, improved?");
        _click(editor.form.save);

        assertThat(questionService.get(own.id()).text()).isEqualTo("Own question, improved?");
        assertThat(questionService.get(own.id()).version()).isEqualTo(own.version() + 1);
    }

    @Test
    void filters_narrow_the_grid_and_difficulty_sorts_easy_to_hard() {
        _setValue(view.questions.grid.difficultyFilter, Difficulty.EASY);
        var easy = GridKt._findAll(view.questions.grid);
        assertThat(easy).isNotEmpty().allSatisfy(q -> assertThat(q.difficulty()).isEqualTo(Difficulty.EASY));

        _setValue(view.questions.grid.difficultyFilter, null);
        var someWord = GridKt._get(view.questions.grid, 0).text().split(" ")[2];
        _setValue(view.questions.grid.textFilter, someWord);
        assertThat(GridKt._findAll(view.questions.grid))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.text().toLowerCase()).contains(someWord.toLowerCase()));

        _setValue(view.questions.grid.textFilter, "");
        GridKt._sortByKey(view.questions.grid, "difficulty", SortDirection.ASCENDING);
        var sorted = GridKt._findAll(view.questions.grid).stream()
                .map(QuestionDetails::difficulty)
                .toList();
        assertThat(sorted).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void deleting_an_own_unused_question_removes_it() {
        var own = questionService.create(
                instructor,
                selectedTopic().id(),
                new QuestionDraft("Delete me?", Difficulty.EASY, List.of(), null, List.of(), null));
        view.questions.grid.getDataProvider().refreshAll();
        int row = GridKt._findAll(view.questions.grid).stream()
                .map(QuestionDetails::id)
                .toList()
                .indexOf(own.id());

        _click(actionButtons(row).get(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._findAll(view.questions.grid)).noneMatch(q -> q.id().equals(own.id()));
        assertThat(notificationTexts()).contains("Question deleted");
    }

    @Test
    void a_new_topic_is_created_and_selected() {
        _click(view.newTopic);
        var dialog = _get(TopicDialog.class);
        _setValue(dialog.name, "Kotlin");
        _setValue(dialog.description, "Coroutines and null safety");
        _click(dialog.save);

        assertThat(selectedTopic().name()).isEqualTo("Kotlin");
        assertThat(view.topicTitle.getText()).isEqualTo("Kotlin");
        assertThat(view.editTopic.isEnabled()).isTrue();
        assertThat(GridKt._size(view.questions.grid)).isZero();
    }

    @Test
    void an_empty_topic_offers_its_first_question_and_only_filters_offer_to_clear_them() {
        _click(view.newTopic);
        var dialog = _get(TopicDialog.class);
        _setValue(dialog.name, "Rust " + System.nanoTime());
        _click(dialog.save);
        var grid = view.questions.grid;

        assertThat(grid.emptyMessage.getText())
                .isEqualTo("This topic has no questions yet. Add the first one or import a file.");
        assertThat(grid.addFirst.isVisible()).isTrue();
        assertThat(grid.clearFilters.isVisible()).isFalse();

        _setValue(grid.tagFilter, "ownership");

        assertThat(grid.emptyMessage.getText()).isEqualTo("No questions match these filters.");
        assertThat(grid.addFirst.isVisible()).isFalse();
        _click(grid.clearFilters);
        assertThat(grid.tagFilter.getValue()).isEmpty();
        _click(grid.addFirst);
        assertThat(_get(QuestionEditorDialog.class).isOpened()).isTrue();
    }

    @Test
    void on_a_phone_topics_sit_above_the_questions_and_each_question_is_one_card() {
        view.useCompactLayout(true);

        assertThat(view.split.getParent()).as("no split pane on a phone").isEmpty();
        var questionPanel = view.questions.getParent().orElseThrow();
        assertThat(questionPanel.getParent()).containsSame(view);
        assertThat(questionPanel.getElement().hasAttribute("slot"))
                .as("a split pane's slot hides it")
                .isFalse();
        assertThat(view.questions.grid.isAllRowsVisible())
                .as("the page scrolls, not a squeezed grid")
                .isTrue();
        var grid = view.questions.grid;
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("summary", "actions");
        var first = GridKt._get(grid, 0);
        assertThat(get_textRecursively(GridKt._getCellComponent(grid, 0, "summary")))
                .contains(first.text(), DifficultyBadge.label(first.difficulty()));
        assertThat(grid.filterBar.isVisible()).isTrue();
        assertThat(grid.filterBar.getParent()).containsSame(view.questions);

        view.useCompactLayout(false);

        assertThat(view.split.getParent()).containsSame(view);
        assertThat(view.split.getSecondaryComponent())
                .isSameAs(view.questions.getParent().orElseThrow());
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("text", "difficulty", "tags", "created", "actions");
    }

    @Test
    void a_taken_topic_name_is_reported_on_the_name_field() {
        _click(view.newTopic);
        var dialog = _get(TopicDialog.class);
        _setValue(dialog.name, "java");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("already exists");
    }

    @Test
    void seeded_topics_cannot_be_changed_by_an_instructor() {
        assertThat(view.editTopic.isEnabled()).isFalse();
        assertThat(view.deleteTopic.isEnabled()).isFalse();
    }

    private void selectTopic(String name) {
        var topic = GridKt._findAll(view.topics).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        view.topics.select(topic);
    }

    private TopicDetails selectedTopic() {
        return view.topics.asSingleSelect().getValue();
    }

    private long javaQuestionCount() {
        return questionService.count(selectedTopic().id(), QuestionFilter.none());
    }

    private List<Button> actionButtons(int row) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(view.questions.grid, row, "actions");
        return cell.getChildren().map(Button.class::cast).toList();
    }

    static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(CatalogViewTest::textOf)
                .toList();
    }

    private static String textOf(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
