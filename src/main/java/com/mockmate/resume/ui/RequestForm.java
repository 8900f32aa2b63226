package com.mockmate.resume.ui;

import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.service.ResumeRequest;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a new résumé is for: the target role (required) and, optionally, the job advertisement it should match. Fires
 * {@link GenerateEvent} once both are within their limits; the view asks the service.
 */
class RequestForm extends Div {

    final TextField targetRole = new TextField("Target role");
    final TextArea jobDescription = new TextArea("Job description (optional)");
    final Button generate = new Button("Generate résumé");

    RequestForm() {
        addClassNames("mm-card", "mm-resume-request");
        targetRole.setRequired(true);
        targetRole.setMaxLength(Resume.TARGET_ROLE_MAX);
        targetRole.setPlaceholder("e.g. Backend Engineer");
        targetRole.setWidthFull();
        jobDescription.setMaxLength(Resume.JOB_DESCRIPTION_MAX);
        jobDescription.setPlaceholder("Paste the advertisement to see which of its key terms your résumé covers.");
        jobDescription.setWidthFull();
        jobDescription.addClassName("mm-resume-job");
        // Lazy, not eager: a pasted advertisement of thousands of characters should not send every keystroke.
        jobDescription.setValueChangeMode(ValueChangeMode.LAZY);
        jobDescription.addValueChangeListener(event -> updateCounter());
        updateCounter();
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(event -> generateIfValid());
        var hint = new Paragraph("Built from your profile and your verified interview results. Employers, dates,"
                + " degrees and certificates are taken from your profile as they are, never invented.");
        hint.addClassName("mm-muted");
        add(new H3("New résumé"), hint, targetRole, jobDescription, generate);
    }

    /** Fills the form again, e.g. to try a request that failed. */
    void fill(String role, @Nullable String description) {
        targetRole.setValue(role);
        jobDescription.setValue(description == null ? "" : description);
        targetRole.setInvalid(false);
        jobDescription.setInvalid(false);
    }

    void setBusy(boolean busy) {
        generate.setEnabled(!busy);
        generate.setText(busy ? "Generating…" : "Generate résumé");
    }

    private void updateCounter() {
        var format = NumberFormat.getIntegerInstance(Locale.UK);
        jobDescription.setHelperText(format.format(jobDescription.getValue().length()) + " / "
                + format.format(Resume.JOB_DESCRIPTION_MAX) + " characters");
    }

    private void generateIfValid() {
        var role = targetRole.getValue().strip();
        var description = jobDescription.getValue().strip();
        boolean ok = true;
        targetRole.setInvalid(false);
        jobDescription.setInvalid(false);
        if (role.isEmpty()) {
            ok = invalid(targetRole, "Enter the role the résumé is for, e.g. Backend Engineer");
        } else if (role.length() > Resume.TARGET_ROLE_MAX) {
            ok = invalid(targetRole, "Keep the role to " + Resume.TARGET_ROLE_MAX + " characters");
        }
        if (description.length() > Resume.JOB_DESCRIPTION_MAX) {
            ok = invalid(
                    jobDescription,
                    "Shorten the job description to "
                            + NumberFormat.getIntegerInstance(Locale.UK).format(Resume.JOB_DESCRIPTION_MAX)
                            + " characters");
        }
        if (ok) {
            fireEvent(new GenerateEvent(this, new ResumeRequest(role, description.isEmpty() ? null : description)));
        }
    }

    /** Shows a rejection by the service on the field it concerns. */
    void showServerError(String message) {
        invalid(message.toLowerCase(Locale.ROOT).contains("job description") ? jobDescription : targetRole, message);
    }

    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    Registration addGenerateListener(ComponentEventListener<GenerateEvent> listener) {
        return addListener(GenerateEvent.class, listener);
    }

    static class GenerateEvent extends ComponentEvent<RequestForm> {

        private final ResumeRequest request;

        GenerateEvent(RequestForm source, ResumeRequest request) {
            super(source, false);
            this.request = request;
        }

        ResumeRequest request() {
            return request;
        }
    }
}
