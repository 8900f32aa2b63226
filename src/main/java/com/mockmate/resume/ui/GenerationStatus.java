package com.mockmate.resume.ui;

import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.service.ResumeDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * A résumé that is not ready: queued or being written (with a progress bar; the view polls), or failed with its
 * reason and "Try again", which fires {@link TryAgainEvent}.
 */
class GenerationStatus extends Div {

    GenerationStatus(ResumeDetails details, String when) {
        addClassName("mm-resume-status");
        var meta = new Paragraph(when);
        meta.addClassName("mm-resume-meta");
        add(new H3(details.targetRole()), meta);
        if (details.status() == ResumeStatus.FAILED) {
            failed(details);
        } else {
            inProgress(details.status());
        }
    }

    private void inProgress(ResumeStatus status) {
        var step = new Span(
                status == ResumeStatus.QUEUED
                        ? "Step 1 of 2: waiting for its turn…"
                        : "Step 2 of 2: writing, checking and laying out your résumé…");
        step.addClassName("mm-resume-step");
        var bar = new ProgressBar(0, 2, status == ResumeStatus.QUEUED ? 0.5 : 1.5);
        bar.getElement().setAttribute("aria-label", "Résumé progress");
        bar.getElement().setAttribute("aria-valuetext", step.getText());
        var note = new Paragraph("This usually takes less than a minute. You may leave the page: the résumé will be"
                + " under Earlier versions when it is ready.");
        note.addClassName("mm-muted");
        var live = new Div(step, bar);
        live.getElement().setAttribute("aria-live", "polite");
        live.addClassName("mm-resume-progress");
        add(live, note);
    }

    private void failed(ResumeDetails details) {
        var title = new Span("This résumé could not be made.");
        title.addClassName("mm-resume-failed-title");
        var reason = new Paragraph(
                details.failureReason() == null || details.failureReason().isBlank()
                        ? "No reason was recorded."
                        : "Reason: " + details.failureReason());
        var again = new Button("Try again", VaadinIcon.REFRESH.create(), event -> fireEvent(new TryAgainEvent(this)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new Div(VaadinIcon.WARNING.create(), new Div(title, reason, again));
        box.addClassNames("mm-form-error", "mm-resume-failed");
        box.getElement().setAttribute("role", "alert");
        add(box);
    }

    Registration addTryAgainListener(ComponentEventListener<TryAgainEvent> listener) {
        return addListener(TryAgainEvent.class, listener);
    }

    static class TryAgainEvent extends ComponentEvent<GenerationStatus> {

        TryAgainEvent(GenerationStatus source) {
            super(source, false);
        }
    }
}
