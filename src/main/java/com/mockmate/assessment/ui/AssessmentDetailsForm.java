package com.mockmate.assessment.ui;

import com.mockmate.assessment.domain.Assessment;
import com.mockmate.assessment.service.AssessmentDetails;
import com.mockmate.assessment.service.AssessmentDraft;
import com.mockmate.assessment.service.DrawRule;
import com.mockmate.base.ui.Feedback;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Title, description and time limit of an assessment, with inline validation against the entity's limits. */
class AssessmentDetailsForm extends FormLayout {

    static final int MAX_MINUTES = 240;

    /** What the form holds once valid. */
    record Values(
            String title,
            @Nullable String description,
            @Nullable Integer timeLimitMinutes) implements Serializable {

        /** What the service takes: questions in order, or draw rules for a new test, and the version edited. */
        AssessmentDraft draft(
                @Nullable List<UUID> questionIds, @Nullable List<DrawRule> rules, @Nullable Long version) {
            return new AssessmentDraft(title, description, timeLimitMinutes, questionIds, rules, version);
        }

        /** The saved values of a test, or empty ones for a new test. */
        static Values of(@Nullable AssessmentDetails saved) {
            return saved == null
                    ? new Values("", null, null)
                    : new Values(saved.title(), saved.description(), saved.timeLimitMinutes());
        }
    }

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final IntegerField timeLimit = new IntegerField("Time limit");
    private final Binder<Fields> binder = new Binder<>();

    AssessmentDetailsForm() {
        title.setMaxLength(Assessment.TITLE_MAX);
        title.setPlaceholder("e.g. Backend developer screening");
        description.setMaxLength(Assessment.DESCRIPTION_MAX);
        description.setMinRows(2);
        description.setMaxRows(5);
        description.setPlaceholder("What the test covers and who it is for; candidates read this on the card");
        timeLimit.setMin(1);
        timeLimit.setMax(MAX_MINUTES);
        timeLimit.setStepButtonsVisible(true);
        timeLimit.setSuffixComponent(new Div("minutes"));
        timeLimit.setHelperText("Optional; shown as the duration");
        timeLimit.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("At least 1 minute")
                .setMaxErrorMessage("At most " + MAX_MINUTES + " minutes")
                .setBadInputErrorMessage("Enter whole minutes"));

        binder.forField(title)
                .asRequired("Give the test a title")
                .withValidator(new StringLengthValidator(
                        "At most " + Assessment.TITLE_MAX + " characters", 1, Assessment.TITLE_MAX))
                .bind(Fields::getTitle, Fields::setTitle);
        binder.forField(description).bind(Fields::getDescription, Fields::setDescription);
        binder.forField(timeLimit)
                .withValidator(new IntegerRangeValidator("Between 1 and " + MAX_MINUTES + " minutes", 1, MAX_MINUTES))
                .bind(Fields::getTimeLimit, Fields::setTimeLimit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 3));
        add(title, 2);
        add(timeLimit, 1);
        add(description, 3);
        read(Values.of(null));
    }

    void read(Values values) {
        var fields = new Fields();
        fields.setTitle(values.title());
        fields.setDescription(values.description() == null ? "" : values.description());
        fields.setTimeLimit(values.timeLimitMinutes());
        binder.readBean(fields);
    }

    void addChangeListener(SerializableRunnable listener) {
        binder.addValueChangeListener(e -> listener.run());
    }

    void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        description.setReadOnly(!editable);
        timeLimit.setReadOnly(!editable);
    }

    /** Shows a service rejection: on the title when it concerns the title (already taken), otherwise as a toast. */
    void showServerError(String message) {
        if (message.contains("titled")) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        } else {
            Feedback.error(message);
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** The values when they are valid; otherwise the fields show their errors and the result is empty. */
    Optional<Values> validValues() {
        var fields = new Fields();
        if (!binder.writeBeanIfValid(fields)) {
            return Optional.empty();
        }
        var text = fields.getDescription().trim();
        return Optional.of(new Values(fields.getTitle().trim(), text.isEmpty() ? null : text, fields.getTimeLimit()));
    }

    /** The current input, valid or not; for the preview. */
    Values currentValues() {
        var text = description.getValue().trim();
        return new Values(title.getValue().trim(), text.isEmpty() ? null : text, timeLimit.getValue());
    }

    private static class Fields implements Serializable {
        private String title = "";
        private String description = "";
        private @Nullable Integer timeLimit;

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String description) {
            this.description = description;
        }

        @Nullable
        Integer getTimeLimit() {
            return timeLimit;
        }

        void setTimeLimit(@Nullable Integer timeLimit) {
            this.timeLimit = timeLimit;
        }
    }
}
