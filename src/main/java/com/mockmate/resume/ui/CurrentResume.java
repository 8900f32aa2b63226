package com.mockmate.resume.ui;

import com.mockmate.base.ui.Confirmations;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.service.InvalidResumeException;
import com.mockmate.resume.service.ResumeDetails;
import com.mockmate.resume.service.Resumes;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The selected résumé: its progress, the finished résumé (preview, download, match), or its editor, with the unsaved
 * edits guarded. The page is told what is shown ({@code onShown}, {@code null} for none) and when the list of
 * versions may have changed ({@code onChanged}).
 */
class CurrentResume extends Div {

    private final ServiceRef<Resumes> resumes;
    private final AuthenticatedUser actor;
    private final SerializableFunction<Instant, String> format;
    private final SerializableConsumer<@Nullable ResumeDetails> onShown;
    private final SerializableRunnable onChanged;
    private final SerializableBiConsumer<String, @Nullable String> onTryAgain;
    private @Nullable UUID shownId;
    private @Nullable ResumeStatus shownStatus;
    private @Nullable ResumeEditor editor;

    CurrentResume(
            ServiceRef<Resumes> resumes,
            AuthenticatedUser actor,
            SerializableFunction<Instant, String> format,
            SerializableConsumer<@Nullable ResumeDetails> onShown,
            SerializableRunnable onChanged,
            SerializableBiConsumer<String, @Nullable String> onTryAgain) {
        this.resumes = resumes;
        this.actor = actor;
        this.format = format;
        this.onShown = onShown;
        this.onChanged = onChanged;
        this.onTryAgain = onTryAgain;
        addClassNames("mm-card", "mm-resume-current");
        getElement().setAttribute("aria-label", "Selected résumé");
        getElement().setAttribute("role", "region");
    }

    @Nullable
    UUID shownId() {
        return shownId;
    }

    boolean inProgress() {
        return shownStatus != null && shownStatus.inProgress();
    }

    boolean editing() {
        return editor != null;
    }

    /** Shows the résumé; one that is gone (deleted elsewhere) only refreshes the versions. */
    void show(UUID id) {
        Feedback.attempt(() -> resumes.get().get(actor, id)).ifPresentOrElse(this::render, onChanged);
    }

    /** Shows the résumé again if its status moved on since it was shown. */
    void refreshIfMoved() {
        var id = shownId;
        if (id == null) {
            return;
        }
        Feedback.attempt(() -> resumes.get().get(actor, id))
                .ifPresentOrElse(
                        details -> {
                            if (details.status() != shownStatus) {
                                render(details);
                                onChanged.run();
                            }
                        },
                        () -> onShown.accept(null));
    }

    void render(ResumeDetails details) {
        editor = null;
        shownId = details.id();
        shownStatus = details.status();
        removeAll();
        var when = "Requested " + format.apply(details.createdAt());
        if (details.status() == ResumeStatus.READY) {
            var ready = new ReadyResume(resumes, actor, details, when);
            ready.addEditListener(event -> edit());
            add(ready);
        } else {
            var status = new GenerationStatus(details, when);
            // Only the two strings: the listener stays in the session, which must serialize.
            var role = details.targetRole();
            var jobDescription = details.jobDescription();
            status.addTryAgainListener(event -> onTryAgain.accept(role, jobDescription));
            add(status);
        }
        onShown.accept(details);
    }

    void showNothingYet() {
        removeAll();
        var empty = new Div(
                VaadinIcon.FILE_TEXT_O.create(),
                new Paragraph("No résumé yet. Enter the role you are applying for and generate your first one."));
        empty.addClassName("mm-empty-state");
        add(empty);
        editor = null;
        shownId = null;
        shownStatus = null;
        onShown.accept(null);
    }

    /** Runs the step at once, or after the candidate agreed to drop unsaved edits. */
    void leaveEditorThen(SerializableRunnable step) {
        if (hasUnsavedEdits()) {
            Confirmations.discardChanges("the résumé", () -> {
                editor = null;
                step.run();
            });
        } else {
            step.run();
        }
    }

    boolean hasUnsavedEdits() {
        var open = editor;
        return open != null && open.changed();
    }

    private void edit() {
        var id = shownId;
        if (id == null) {
            return;
        }
        Feedback.attempt(() -> resumes.get().get(actor, id)).ifPresent(details -> {
            if (details.content() == null) {
                Feedback.error("This résumé has no content to edit.");
                return;
            }
            var opened = new ResumeEditor(details.content());
            opened.addSaveListener(event -> save(id, event));
            opened.addCancelListener(event -> leaveEditorThen(() -> show(id)));
            removeAll();
            add(opened);
            editor = opened;
        });
    }

    private void save(UUID id, ResumeEditor.SaveEvent event) {
        try {
            var saved = resumes.get().update(actor, id, event.content());
            Feedback.success("Saved. The PDF and its preview were made again.");
            render(saved);
            onChanged.run();
        } catch (InvalidResumeException e) {
            event.getSource().showProblems(e.problems());
        } catch (ErrorResponseException e) {
            Feedback.error(Feedback.describe(e));
        }
    }
}
