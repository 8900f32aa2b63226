package com.mockmate.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unsaved-change warning of the question editor, without Spring. */
class QuestionEditorDialogTest {

    private QuestionEditorDialog dialog;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        var question = QuestionFormTest.question();
        dialog = new QuestionEditorDialog("Edit question", QuestionFields.of(question), question.version());
        dialog.open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void save_and_cancel_sit_in_the_dialog_footer_outside_the_scrolling_form() {
        assertThat(dialog.form.save.getElement().getParent())
                .isEqualTo(dialog.getFooter().getElement());
        assertThat(dialog.form.cancel.getElement().getParent())
                .isEqualTo(dialog.getFooter().getElement());
        assertThat(dialog.form.getChildren()).doesNotContain(dialog.form.save, dialog.form.cancel);
    }

    @Test
    void closes_at_once_when_nothing_changed() {
        _click(dialog.form.cancel);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.discardConfirmation()).isNull();
    }

    @Test
    void asks_before_discarding_changes_and_stays_open_when_the_user_keeps_editing() {
        _setValue(dialog.form.text, "A better question");

        _click(dialog.form.cancel);

        var confirm = dialog.discardConfirmation();
        assertThat(confirm).isNotNull();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Discard changes?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.text.getValue()).isEqualTo("A better question");
    }

    @Test
    void discarding_closes_the_editor() {
        _setValue(dialog.form.text, "A better question");
        dialog.closeUnlessChanged();

        ConfirmDialogKt._fireConfirm(dialog.discardConfirmation());

        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_chip_added_counts_as_a_change() {
        _setValue(dialog.form.keyPoints.input, "records are final");
        _click(dialog.form.keyPoints.add);

        _click(dialog.form.cancel);

        assertThat(dialog.discardConfirmation()).isNotNull();
    }
}
