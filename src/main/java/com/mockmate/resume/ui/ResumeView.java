package com.mockmate.resume.ui;

import com.mockmate.base.ui.Confirmations;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
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
    private final CurrentResume current;
    private final ResumeLiveUpdates live;

    ResumeView(Resumes service, ResumeUpdates updates, Clock clock) {
        this.resumes = ServiceRef.of(Resumes.class, service);
        this.zone = clock.getZone();
        this.live = new ResumeLiveUpdates(
                ServiceRef.of(ResumeUpdates.class, updates), actor.id(), this::finished, this::poll);
        this.versions = new VersionList(this::format);
        this.current =
                new CurrentResume(resumes, actor, this::format, this::shown, this::refreshVersions, this::tryAgain);
        addClassNames("mm-page", "mm-resume");
        form.addGenerateListener(event -> generate(event.request()));
        versions.addShowListener(event -> current.leaveEditorThen(() -> {
            current.show(event.id());
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
            current.showNothingYet();
        } else {
            current.show(all.getFirst().id());
        }
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    /** What the panel shows now decides whether the form waits and whether the page listens for the job. */
    private void shown(@Nullable ResumeDetails details) {
        boolean inProgress = details != null && details.status().inProgress();
        form.setBusy(inProgress);
        if (details != null) {
            versions.select(details.id());
        }
        waitFor(inProgress);
    }

    private void generate(ResumeRequest request) {
        current.leaveEditorThen(() -> {
            try {
                var queued = resumes.get().request(actor, request);
                refreshVersions();
                current.show(queued.id());
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

    private void tryAgain(String targetRole, @Nullable String jobDescription) {
        form.fill(targetRole, jobDescription);
        generate(new ResumeRequest(targetRole, jobDescription));
    }

    private void delete(UUID id) {
        if (Feedback.succeeded(() -> resumes.get().delete(actor, id))) {
            Feedback.success("Résumé deleted.");
            var all = resumes.get().list(actor);
            if (id.equals(current.shownId())) {
                versions.setVersions(all, null);
                if (all.isEmpty()) {
                    current.showNothingYet();
                } else {
                    current.show(all.getFirst().id());
                }
            } else {
                versions.setVersions(all, current.shownId());
            }
        }
    }

    private void refreshVersions() {
        versions.setVersions(resumes.get().list(actor), current.shownId());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (current.hasUnsavedEdits()) {
            var action = event.postpone();
            Confirmations.discardChanges("the résumé", action::proceed);
        }
    }

    private void waitFor(boolean inProgress) {
        getUI().ifPresent(ui -> live.waitFor(ui, inProgress));
    }

    /** A résumé of this candidate's was finished by a job on this instance (pushed). */
    private void finished(UUID id) {
        if (id.equals(current.shownId()) && !current.editing()) {
            current.show(id);
        }
        refreshVersions();
    }

    /** Called on every poll while the résumé shown is being written; shows it again once its status moved on. */
    private void poll() {
        if (!current.inProgress()) {
            waitFor(false);
            return;
        }
        current.refreshIfMoved();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live.attach(event.getUI());
        waitFor(current.inProgress());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.detach(event.getUI());
        super.onDetach(event);
    }
}
