package com.mockmate.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.support.BrowserlessUi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

@IntegrationTest
class AssessmentBuilderTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AssessmentService assessments;

    private AuthenticatedUser instructor;

    @BeforeEach
    void signIn() {
        instructor = BrowserlessUi.account(context, "ines", Role.INSTRUCTOR);
        BrowserlessUi.start(context, instructor);
    }

    @AfterEach
    void close() {
        BrowserlessUi.stop();
    }

    @Test
    void an_instructor_picks_reorders_and_publishes_and_a_candidate_then_sees_the_test() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "Java basics");
        _setValue(editor.details.timeLimit, 20);
        var picked = pick(editor, "Java", 3);
        assertThat(editor.questions.selected.ids()).containsExactlyElementsOf(ids(picked));

        _click(moveButton(editor, 0, "Move down"));
        var reordered =
                List.of(picked.get(1).id(), picked.get(0).id(), picked.get(2).id());
        assertThat(editor.questions.selected.ids()).containsExactlyElementsOf(reordered);

        _click(editor.header.save);

        var saved = _get(AssessmentEditorView.class);
        var created = assessments
                .search("Java basics", null, Pageable.unpaged())
                .getContent()
                .getFirst();
        assertThat(created.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessments.get(created.id()).questionIds()).containsExactlyElementsOf(reordered);
        assertThat(saved.header.title.getText()).isEqualTo("Java basics");
        assertThat(saved.header.publish.isEnabled()).isTrue();

        _click(saved.header.publish);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(assessments.get(created.id()).status()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(saved.header.archive.isVisible()).isTrue();

        BrowserlessUi.stop();
        BrowserlessUi.start(context, BrowserlessUi.account(context, "cara", Role.USER));
        UI.getCurrent().navigate(AssessmentsView.class);
        var candidateView = _get(AssessmentsView.class);
        assertThat(cardTitles(candidateView)).contains("Java basics");
    }

    @Test
    void draw_rules_create_a_test_with_questions_drawn_from_the_topic() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "Random Java");
        _setValue(editor.questions.source, QuestionSource.Choice.DRAW);
        assertThat(editor.questions.rules.isVisible()).isTrue();
        assertThat(editor.questions.picker.isVisible()).isFalse();
        _setValue(
                editor.questions.rules.topic,
                topic(editor.questions.rules.topic.getListDataView().getItems().toList(), "Java"));
        _setValue(editor.questions.rules.difficulty, Difficulty.EASY);
        _setValue(editor.questions.rules.count, 2);
        _click(editor.questions.rules.addRule);

        _click(editor.header.save);

        var created = _get(AssessmentEditorView.class);
        assertThat(created.questions.selected.questions())
                .hasSize(2)
                .allSatisfy(q -> assertThat(q.difficulty()).isEqualTo(Difficulty.EASY));
        assertThat(created.header.title.getText()).isEqualTo("Random Java");
    }

    @Test
    void a_missing_title_is_an_inline_error_and_nothing_is_created() {
        var editor = openEditor(AssessmentEditorView.NEW);
        pick(editor, "Java", 1);

        _click(editor.header.save);

        assertThat(editor.details.title.isInvalid()).isTrue();
        assertThat(editor.details.title.getErrorMessage()).isEqualTo("Give the test a title");
        assertThat(assessments.search(null, AssessmentStatus.DRAFT, Pageable.unpaged()))
                .isEmpty();
    }

    @Test
    void the_preview_shows_the_candidates_card_without_questions_or_answer_keys() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "Preview me");
        _setValue(editor.details.timeLimit, 15);
        var picked = pick(editor, "Java", 2);

        _click(editor.header.preview);

        var preview = _get(PreviewDialog.class);
        var text = preview.card.getElement().getTextRecursively();
        assertThat(text).contains("Preview me", "Java", "2 questions", "~15 min");
        for (var question : picked) {
            assertThat(text).doesNotContain(question.text());
            question.keyPoints().forEach(point -> assertThat(text).doesNotContain(point));
        }
    }

    @Test
    void archiving_a_published_test_asks_first_and_makes_it_read_only() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "To archive");
        pick(editor, "SQL & Databases", 1);
        _click(editor.header.save);
        var saved = _get(AssessmentEditorView.class);
        _click(saved.header.publish);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _click(saved.header.archive);
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Archive “To archive”?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(saved.header.hint.getText()).startsWith("Archived");
        assertThat(saved.details.title.isReadOnly()).isTrue();
        assertThat(saved.header.save.isVisible()).isFalse();
        assertThat(saved.header.publish.getText()).isEqualTo("Publish again");
    }

    @Test
    void leaving_with_unsaved_changes_asks_to_discard_them() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "Unsaved");

        UI.getCurrent().navigate(BuilderView.class);

        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Discard changes?");
        assertThat(_get(AssessmentEditorView.class)).isSameAs(editor);
        ConfirmDialogKt._fireConfirm(confirm);
        _get(BuilderView.class);
    }

    @Test
    void the_seeded_test_is_read_only_for_an_instructor_who_does_not_own_it() {
        var warmUp = assessments
                .search("Warm-up", null, Pageable.unpaged())
                .getContent()
                .getFirst();

        var editor = openEditor(warmUp.id().toString());

        assertThat(editor.header.hint.getText()).isEqualTo("Only the test's author or an administrator can change it.");
        assertThat(editor.header.save.isVisible()).isFalse();
        assertThat(editor.header.delete.isVisible()).isFalse();
        assertThat(editor.questions.picker.isVisible()).isFalse();
        assertThat(editor.details.title.isReadOnly()).isTrue();
    }

    @Test
    void the_list_filters_by_status_and_deletes_an_own_draft() {
        var editor = openEditor(AssessmentEditorView.NEW);
        _setValue(editor.details.title, "Short-lived draft");
        pick(editor, "Java", 1);
        _click(editor.header.save);
        UI.getCurrent().navigate(BuilderView.class);
        var list = _get(BuilderView.class);

        _setValue(list.status, AssessmentStatus.DRAFT);
        assertThat(GridKt._findAll(list.grid)).extracting(a -> a.title()).containsExactly("Short-lived draft");
        _setValue(list.status, AssessmentStatus.PUBLISHED);
        assertThat(GridKt._findAll(list.grid)).extracting(a -> a.title()).containsExactly("Software Engineer Warm-up");

        _setValue(list.status, AssessmentStatus.DRAFT);
        var actions = (HorizontalLayout) GridKt._getCellComponent(list.grid, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._size(list.grid)).isZero();
    }

    private static AssessmentEditorView openEditor(String id) {
        UI.getCurrent().navigate(AssessmentEditorView.class, new RouteParameters("id", id));
        return _get(AssessmentEditorView.class);
    }

    /** Picks the first {@code count} questions of a topic in the picker and adds them. */
    private static List<QuestionDetails> pick(AssessmentEditorView editor, String topicName, int count) {
        _setValue(
                editor.questions.picker.topic,
                topic(editor.questions.picker.topic.getListDataView().getItems().toList(), topicName));
        var rows = GridKt._fetch(editor.questions.picker.grid, 0, count);
        rows.forEach(editor.questions.picker.grid::select);
        _click(editor.questions.picker.addSelected);
        return rows;
    }

    private static TopicDetails topic(List<TopicDetails> topics, String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Button moveButton(AssessmentEditorView editor, int row, String label) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(editor.questions.selected, row, "actions");
        return cell.getChildren()
                .map(Button.class::cast)
                .filter(b -> label.equals(b.getAriaLabel().orElse("")))
                .findFirst()
                .orElseThrow();
    }

    private static List<UUID> ids(List<QuestionDetails> questions) {
        return questions.stream().map(QuestionDetails::id).toList();
    }

    static List<String> cardTitles(AssessmentsView view) {
        return view.cards
                .getChildren()
                .flatMap(Component::getChildren)
                .filter(H3.class::isInstance)
                .map(c -> ((H3) c).getText())
                .toList();
    }
}
