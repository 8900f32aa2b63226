package com.mockmate.resume.ui;

import com.mockmate.base.ui.Confirmations;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.service.InvalidResumeException;
import com.mockmate.resume.service.ResumeDetails;
import com.mockmate.resume.service.ResumeRequest;
import com.mockmate.resume.service.ResumeUpdates;
import com.mockmate.resume.service.Resumes;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The ATS résumé: ask for one (target role, optional job description), follow its progress, then preview, download,
 * check its keyword match and edit its content as a form; earlier versions can be shown again or deleted. A finished
 * job is pushed to the page; while the résumé shown is being written, the page also polls (see
 * {@link ResumeLiveUpdates}).
 */
@Route("resume")
@PageTitle("My résumé | MockMate")
@Menu(order = 18, title = "My résumé", icon = "FILE_TEXT_O")
@PermitAll
@StyleSheet("context://styles/resume.css")
public class ResumeView extends Div implements BeforeLeaveObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final ServiceRef<Resumes> resumes;
    private final AuthenticatedUser actor = AuthenticatedUser.required();
    private final ZoneId zone;
    private final RequestForm form = new RequestForm();
    private final VersionList versions;
    private final Div current = new Div();
    private @Nullable UUID shownId;
    private @Nullable ResumeStatus shownStatus;
    private final ResumeLiveUpdates live;
    private @Nullable ResumeEditor editor;

    ResumeView(Resumes service, ResumeUpdates updates, Clock clock) {
        this.resumes = ServiceRef.of(Resumes.class, service);
        this.zone = clock.getZone();
        this.live = new ResumeLiveUpdates(
                ServiceRef.of(ResumeUpdates.class, updates), actor.id(), this::finished, this::poll);
        this.versions = new VersionList(this::format);
        addClassNames("mm-page", "mm-resume");
        current.addClassNames("mm-card", "mm-resume-current");
        current.getElement().setAttribute("aria-label", "Selected résumé");
        current.getElement().setAttribute("role", "region");
        form.addGenerateListener(event -> generate(event.request()));
        versions.addShowListener(event -> leaveEditorThen(() -> {
            show(event.id());
            current.scrollIntoView();
        }));
        versions.addDeleteListener(event -> delete(event.id()));
        var intro = new Paragraph("A one-column résumé that applicant tracking systems read reliably, built from your"
                + " profile and what your mock interviews showed.");
        intro.addClassName("mm-muted");
        var side = new Div(form, versions);
        side.addClassName("mm-resume-side");
        var columns = new Div(current, side);
        columns.addClassName("mm-resume-columns");
        add(new H2("My résumé"), intro, columns);
        var all = service.list(actor);
        versions.setVersions(all, null);
        if (all.isEmpty()) {
            showNothingYet();
        } else {
            show(all.getFirst().id());
        }
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private void generate(ResumeRequest request) {
        leaveEditorThen(() -> {
            try {
                var queued = resumes.get().request(actor, request);
                refreshVersions();
                show(queued.id());
                current.scrollIntoView();
            } catch (ErrorResponseException e) {
                if (e.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
                    form.showServerError(Feedback.describe(e));
                } else {
                    Feedback.error(Feedback.describe(e));
                }
            }
        });
    }

    private void show(UUID id) {
        Feedback.attempt(() -> resumes.get().get(actor, id)).ifPresentOrElse(this::render, this::refreshVersions);
    }

    private void render(ResumeDetails details) {
        editor = null;
        shownId = details.id();
        shownStatus = details.status();
        current.removeAll();
        var when = "Requested " + format(details.createdAt());
        if (details.status() == ResumeStatus.READY) {
            var ready = new ReadyResume(resumes, actor, details, when);
            ready.addEditListener(event -> edit());
            current.add(ready);
        } else {
            var status = new GenerationStatus(details, when);
            status.addTryAgainListener(event -> tryAgain());
            current.add(status);
        }
        form.setBusy(details.status().inProgress());
        versions.select(shownId);
        waitFor(details.status().inProgress());
    }

    private void showNothingYet() {
        current.removeAll();
        var empty = new Div(
                VaadinIcon.FILE_TEXT_O.create(),
                new Paragraph("No résumé yet. Enter the role you are applying for and generate your first one."));
        empty.addClassName("mm-empty-state");
        current.add(empty);
        shownId = null;
        shownStatus = null;
        form.setBusy(false);
        waitFor(false);
    }

    private void tryAgain() {
        if (shownId == null) {
            return;
        }
        var failedId = shownId;
        Feedback.attempt(() -> resumes.get().get(actor, failedId)).ifPresent(failed -> {
            form.fill(failed.targetRole(), failed.jobDescription());
            generate(new ResumeRequest(failed.targetRole(), failed.jobDescription()));
        });
    }

    private void edit() {
        if (shownId == null) {
            return;
        }
        var id = shownId;
        Feedback.attempt(() -> resumes.get().get(actor, id)).ifPresent(details -> {
            if (details.content() == null) {
                Feedback.error("This résumé has no content to edit.");
                return;
            }
            var opened = new ResumeEditor(details.content());
            opened.addSaveListener(event -> save(id, event));
            opened.addCancelListener(event -> leaveEditorThen(() -> show(id)));
            current.removeAll();
            current.add(opened);
            editor = opened;
        });
    }

    private void save(UUID id, ResumeEditor.SaveEvent event) {
        try {
            var saved = resumes.get().update(actor, id, event.content());
            Feedback.success("Saved. The PDF and its preview were made again.");
            render(saved);
            refreshVersions();
        } catch (InvalidResumeException e) {
            event.getSource().showProblems(e.problems());
        } catch (ErrorResponseException e) {
            Feedback.error(Feedback.describe(e));
        }
    }

    private void delete(UUID id) {
        if (Feedback.succeeded(() -> resumes.get().delete(actor, id))) {
            Feedback.success("Résumé deleted.");
            var all = resumes.get().list(actor);
            if (id.equals(shownId)) {
                editor = null;
                versions.setVersions(all, null);
                if (all.isEmpty()) {
                    showNothingYet();
                } else {
                    show(all.getFirst().id());
                }
            } else {
                versions.setVersions(all, shownId);
            }
        }
    }

    private void refreshVersions() {
        versions.setVersions(resumes.get().list(actor), shownId);
    }

    /** Runs the step at once, or after the candidate agreed to drop unsaved edits. */
    private void leaveEditorThen(com.vaadin.flow.function.SerializableRunnable step) {
        var open = editor;
        if (open != null && open.changed()) {
            Confirmations.discardChanges("the résumé", () -> {
                editor = null;
                step.run();
            });
        } else {
            step.run();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        var open = editor;
        if (open != null && open.changed()) {
            var action = event.postpone();
            Confirmations.discardChanges("the résumé", action::proceed);
        }
    }

    private void waitFor(boolean inProgress) {
        getUI().ifPresent(ui -> live.waitFor(ui, inProgress));
    }

    /** A résumé of this candidate's was finished by a job on this instance (pushed). */
    private void finished(UUID id) {
        if (id.equals(shownId) && editor == null) {
            show(id);
        }
        refreshVersions();
    }

    /** Called on every poll while the résumé shown is being written; shows it again once its status moved on. */
    private void poll() {
        var id = shownId;
        if (id == null || shownStatus == null || !shownStatus.inProgress()) {
            waitFor(false);
            return;
        }
        Feedback.attempt(() -> resumes.get().get(actor, id))
                .ifPresentOrElse(
                        details -> {
                            if (details.status() != shownStatus) {
                                render(details);
                                refreshVersions();
                            }
                        },
                        () -> waitFor(false));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live.attach(event.getUI());
        waitFor(shownStatus != null && shownStatus.inProgress());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.detach(event.getUI());
        super.onDetach(event);
    }
}
