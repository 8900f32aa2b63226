package com.mockmate.catalog.ui;

import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import com.mockmate.catalog.service.QuestionDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Edits one question with inline validation. Fires {@link SaveEvent} with a complete {@link QuestionDraft} and
 * {@link CancelEvent}; whoever shows the form calls the service and decides what a cancel means. The {@link #save} and
 * {@link #cancel} buttons are not part of the form's layout: the owner places them where they stay in view.
 */
public class QuestionForm extends FormLayout {

    final TextArea text = new TextArea("Question");
    final RadioButtonGroup<Difficulty> difficulty = new RadioButtonGroup<>("Difficulty");
    final ChipListField keyPoints = new ChipListField(
            "Key points",
            "A point a good answer makes",
            QuestionDraft.MAX_KEY_POINTS,
            QuestionDraft.KEY_POINT_MAX,
            false);
    final TextArea referenceAnswer = new TextArea("Reference answer");
    final ChipListField tags =
            new ChipListField("Tags", "e.g. collections", QuestionDraft.MAX_TAGS, QuestionDraft.TAG_MAX, true);
    final IntegerField timeLimit = new IntegerField("Answer time limit");
    final Div formError = new Div();
    final Button save = new Button("Save question");
    final Button cancel = new Button("Cancel");

    private final BeanValidationBinder<QuestionFields> binder = new BeanValidationBinder<>(QuestionFields.class);
    private QuestionFields loaded = new QuestionFields();
    private @Nullable Long version;

    public QuestionForm() {
        configureFields();
        binder.forField(text).bind("text");
        binder.forField(difficulty).bind("difficulty");
        binder.forField(keyPoints).bind("keyPoints");
        binder.forField(referenceAnswer).bind("referenceAnswer");
        binder.forField(tags).bind("tags");
        binder.forField(timeLimit).bind("timeLimitSeconds");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        formError.addClassName("mm-form-error");
        formError.setVisible(false);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
        add(formError, text, difficulty, timeLimit, keyPoints, referenceAnswer, tags);
        setColspan(formError, 2);
        setColspan(text, 2);
        setColspan(keyPoints, 2);
        setColspan(referenceAnswer, 2);
        setColspan(tags, 2);
    }

    private void configureFields() {
        text.setMaxLength(Question.TEXT_MAX);
        // The binder marks @NotNull fields as required but not @NotBlank ones.
        text.setRequiredIndicatorVisible(true);
        text.setMinRows(2);
        text.setPlaceholder("What should the candidate answer?");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(DifficultyBadge::label);
        keyPoints.setHelperText("What the interviewer listens for. Candidates never see these.");
        referenceAnswer.setMaxLength(Question.REFERENCE_ANSWER_MAX);
        referenceAnswer.setMinRows(3);
        referenceAnswer.setMaxRows(8);
        referenceAnswer.setHelperText("Optional. A model answer for the evaluator; never shown to candidates.");
        tags.setHelperText("Optional. Tags help you filter the bank.");
        timeLimit.setMin(10);
        timeLimit.setMax(3600);
        timeLimit.setStep(10);
        timeLimit.setStepButtonsVisible(true);
        // The field checks min and max itself before the bean constraints run; without messages it shows none.
        timeLimit.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("At least 10 seconds")
                .setMaxErrorMessage("At most 3600 seconds (one hour)")
                .setBadInputErrorMessage("Enter a whole number of seconds"));
        timeLimit.setSuffixComponent(new Div("seconds"));
        timeLimit.setHelperText("Optional; 10 to 3600");
    }

    /** Loads a question; {@code version} is the version it was read at, null for a new question. */
    public void edit(QuestionFields fields, @Nullable Long version) {
        this.loaded = fields;
        this.version = version;
        binder.readBean(fields);
        formError.setVisible(false);
        text.focus();
    }

    /** True when the user changed anything since {@link #edit}, including text typed but not yet added as a chip. */
    public boolean hasChanges() {
        return binder.hasChanges() || !keyPoints.input.isEmpty() || !tags.input.isEmpty();
    }

    /** Shows a rejection the service reported, for example a conflicting concurrent edit. */
    public void showServerError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    private void saveIfValid() {
        keyPoints.commitPending();
        tags.commitPending();
        var bean = QuestionFields.copyOf(loaded);
        if (binder.writeBeanIfValid(bean)) {
            formError.setVisible(false);
            fireEvent(new SaveEvent(this, bean.toDraft(version)));
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user asked to save valid content. */
    public static class SaveEvent extends ComponentEvent<QuestionForm> {

        private final QuestionDraft draft;

        SaveEvent(QuestionForm source, QuestionDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public QuestionDraft draft() {
            return draft;
        }
    }

    /** The user asked to stop editing. */
    public static class CancelEvent extends ComponentEvent<QuestionForm> {

        CancelEvent(QuestionForm source) {
            super(source, false);
        }
    }
}
