package com.mockmate.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionDraft;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The question form alone: no Spring, no database. */
class QuestionFormTest {

    private QuestionForm form;
    private final List<QuestionDraft> saved = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new QuestionForm();
        form.addSaveListener(e -> saved.add(e.draft()));
        form.addCancelListener(e -> cancelled++);
        UI.getCurrent().add(form);
        form.edit(new QuestionFields(), null);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void fires_a_complete_draft_when_the_input_is_valid() {
        _setValue(form.text, "  How does a HashMap find a value?  ");
        _setValue(form.difficulty, Difficulty.MEDIUM);
        addChip(form.keyPoints, "hashCode picks the bucket");
        addChip(form.keyPoints, "equals resolves collisions");
        _setValue(form.referenceAnswer, "Buckets, then equals.");
        addChip(form.tags, "Collections");
        _setValue(form.timeLimit, 120);

        _click(form.save);

        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.text()).isEqualTo("  How does a HashMap find a value?  ");
            assertThat(draft.difficulty()).isEqualTo(Difficulty.MEDIUM);
            assertThat(draft.keyPoints()).containsExactly("hashCode picks the bucket", "equals resolves collisions");
            assertThat(draft.referenceAnswer()).isEqualTo("Buckets, then equals.");
            assertThat(draft.tags()).containsExactly("collections");
            assertThat(draft.timeLimitSeconds()).isEqualTo(120);
            assertThat(draft.version()).isNull();
        });
    }

    @Test
    void blank_text_and_no_difficulty_show_inline_errors_and_fire_nothing() {
        _setValue(form.text, "   ");

        _click(form.save);

        assertThat(saved).isEmpty();
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isEqualTo("Enter the question");
        assertThat(form.difficulty.isInvalid()).isTrue();
        assertThat(form.difficulty.getErrorMessage()).isEqualTo("Choose a difficulty");
    }

    @Test
    void a_time_limit_out_of_range_is_an_inline_error() {
        fillRequired();
        _setValue(form.timeLimit, 5);

        _click(form.save);

        assertThat(saved).isEmpty();
        assertThat(form.timeLimit.isInvalid()).isTrue();
        assertThat(form.timeLimit.getErrorMessage()).isEqualTo("At least 10 seconds");
    }

    @Test
    void key_points_become_chips_that_can_be_removed() {
        addChip(form.keyPoints, "first point");
        addChip(form.keyPoints, "second point");
        assertThat(chipTexts(form.keyPoints)).containsExactly("first point", "second point");
        assertThat(form.keyPoints.input.getValue()).isEmpty();

        var removeFirst = form.keyPoints
                .chipComponents()
                .getFirst()
                .getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst()
                .orElseThrow();
        _click(removeFirst);

        assertThat(chipTexts(form.keyPoints)).containsExactly("second point");
        assertThat(form.keyPoints.getValue()).containsExactly("second point");
    }

    @Test
    void a_duplicate_chip_is_refused_with_a_message() {
        addChip(form.keyPoints, "same");
        addChip(form.keyPoints, "same");

        assertThat(form.keyPoints.getValue()).containsExactly("same");
        assertThat(form.keyPoints.input.isInvalid()).isTrue();
        assertThat(form.keyPoints.input.getErrorMessage()).contains("already in the list");
    }

    @Test
    void a_key_point_typed_but_not_added_is_saved_too() {
        fillRequired();
        _setValue(form.keyPoints.input, "typed, never added");

        _click(form.save);

        assertThat(saved)
                .singleElement()
                .satisfies(d -> assertThat(d.keyPoints()).containsExactly("typed, never added"));
    }

    @Test
    void knows_when_there_are_unsaved_changes() {
        var question = question();
        form.edit(QuestionFields.of(question), question.version());
        assertThat(form.hasChanges()).isFalse();
        assertThat(chipTexts(form.keyPoints)).containsExactly("immutable");

        _setValue(form.text, "Changed text");

        assertThat(form.hasChanges()).isTrue();
    }

    @Test
    void an_edited_question_is_saved_with_the_version_it_was_loaded_at() {
        var question = question();
        form.edit(QuestionFields.of(question), question.version());
        _setValue(form.difficulty, Difficulty.HARD);

        _click(form.save);

        assertThat(saved).singleElement().satisfies(d -> {
            assertThat(d.version()).isEqualTo(7L);
            assertThat(d.difficulty()).isEqualTo(Difficulty.HARD);
            assertThat(d.text()).isEqualTo("What is a record?");
        });
    }

    @Test
    void cancel_fires_a_cancel_event() {
        _click(form.cancel);

        assertThat(cancelled).isEqualTo(1);
    }

    @Test
    void shows_a_server_error_above_the_fields() {
        form.showServerError("The question was changed by someone else.");

        assertThat(form.formError.isVisible()).isTrue();
        assertThat(form.formError.getText()).contains("changed by someone else");
    }

    private void fillRequired() {
        _setValue(form.text, "A question");
        _setValue(form.difficulty, Difficulty.EASY);
    }

    private static void addChip(ChipListField field, String text) {
        _setValue(field.input, text);
        _click(field.add);
    }

    static List<String> chipTexts(ChipListField field) {
        return field.chipComponents().stream()
                .map(chip -> chip.getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
                .toList();
    }

    static QuestionDetails question() {
        var now = Instant.parse("2026-01-01T10:00:00Z");
        return new QuestionDetails(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "What is a record?",
                Difficulty.EASY,
                List.of("immutable"),
                null,
                List.of("java"),
                null,
                UUID.randomUUID(),
                false,
                7L,
                now,
                now);
    }
}
