package com.mockmate.report.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.base.web.PublicUrls;
import com.mockmate.report.domain.ReportPdfStatus;
import com.mockmate.report.service.ReportPdfs;
import com.mockmate.report.service.SessionReport;
import com.mockmate.report.service.SessionReports;
import com.mockmate.report.service.ShareLinks;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The full report of a completed interview: every question with its answers, ratings, key points covered and missed
 * and the example answer; the PDF (made in the background, offered for download once ready) and share links.
 */
@Route("report/:sessionId")
@StyleSheet("context://styles/report.css")
@PageTitle("Report | MockMate")
@PermitAll
public class ReportView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MILLIS = 1000;
    static final int SHARE_DAYS = 7;

    private final ServiceRef<SessionReports> reports;
    private final ServiceRef<ReportPdfs> pdfs;
    private final ServiceRef<ShareLinks> links;
    private final ServiceRef<PublicUrls> publicUrls;
    private final Div pdfArea = new Div();
    private final Button makePdf = new Button("Download PDF", e -> requestPdf());
    private final Div shareArea = new Div();
    private UUID sessionId;
    private UUID userId;
    private @Nullable Registration polling;

    ReportView(SessionReports sessionReports, ReportPdfs reportPdfs, ShareLinks shareLinks, PublicUrls urls) {
        this.reports = ServiceRef.of(SessionReports.class, sessionReports);
        this.pdfs = ServiceRef.of(ReportPdfs.class, reportPdfs);
        this.links = ServiceRef.of(ShareLinks.class, shareLinks);
        this.publicUrls = ServiceRef.of(PublicUrls.class, urls);
        addClassNames("mm-page", "mm-report");
        pdfArea.addClassName("mm-report-pdf");
        shareArea.addClassName("mm-report-share");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stopPolling();
        removeAll();
        var id = event.getRouteParameters().get("sessionId").flatMap(ReportView::uuid);
        if (id.isEmpty()) {
            add(new H2("Report not found"), new Paragraph("This address does not name an interview."));
            return;
        }
        var actor = AuthenticatedUser.required();
        sessionId = id.get();
        userId = actor.id();
        try {
            show(reports.get().of(actor, sessionId));
        } catch (ErrorResponseException e) {
            add(new H2("No report yet"), new Paragraph(e.getBody().getDetail()));
        }
    }

    private void show(SessionReport report) {
        add(new H2("Report: " + report.testTitle()));
        var meta = new Paragraph("Rated by " + report.evaluator().label());
        meta.addClassName("mm-hint");
        add(meta);
        if (report.total() != null) {
            var total = new Span("Total score: " + ReportSections.score(report.total()) + " / 100");
            total.addClassName("mm-report-total");
            add(total);
        }
        var share = new Button("Share with a mentor", e -> share());
        var actions = new Div(pdfArea, makePdf, share);
        actions.addClassName("mm-report-actions");
        add(actions, shareArea);
        showPdfState();
        add(new ReportSummary(report));
        add(new H3("Question by question"), new ReportSections(report));
    }

    private void requestPdf() {
        pdfs.get().request(AuthenticatedUser.required(), sessionId);
        showPdfState();
    }

    /** Shows the PDF's state; while it is being made, the page polls until it is ready or failed. */
    private void showPdfState() {
        pdfArea.removeAll();
        ReportPdfs.PdfState state;
        try {
            state = pdfs.get().state(AuthenticatedUser.required(), sessionId);
        } catch (ErrorResponseException notAskedYet) {
            stopPolling();
            offerPdf("Download PDF", ButtonVariant.LUMO_PRIMARY);
            return;
        }
        makePdf.setVisible(false);
        if (state.status().inProgress()) {
            var progress = new ProgressBar();
            progress.setIndeterminate(true);
            progress.getElement().setAttribute("aria-label", "Making the PDF");
            progress.addClassName("mm-report-pdf-progress");
            pdfArea.add(new Span("Making the PDF…"), progress);
            startPolling();
            return;
        }
        stopPolling();
        if (state.status() == ReportPdfStatus.READY) {
            var download = new Anchor(DownloadHandler.fromInputStream(new PdfDownload(this)), "Download the PDF");
            download.setTarget(AnchorTarget.BLANK);
            download.addClassNames("mm-report-download", "mm-link-button");
            pdfArea.add(download);
            // A PDF shows the report as it was when made; making it again picks up e.g. a summary written since.
            offerPdf("Make it again", ButtonVariant.LUMO_TERTIARY);
        } else {
            pdfArea.add(new Span(state.message()));
            offerPdf("Try the PDF again", ButtonVariant.LUMO_PRIMARY);
        }
    }

    private void offerPdf(String label, ButtonVariant variant) {
        makePdf.setText(label);
        makePdf.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
        makePdf.addThemeVariants(variant);
        makePdf.setVisible(true);
    }

    private void startPolling() {
        if (polling == null) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(new PdfPoll(this));
            });
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void share() {
        try {
            var link = links.get().create(AuthenticatedUser.required(), sessionId, SHARE_DAYS);
            var url = new TextField("Share link (valid " + SHARE_DAYS + " days; shown only now)");
            url.setValue(publicUrls.get().of(currentRequest(), link.path()));
            url.setReadOnly(true);
            url.addClassName("mm-share-url");
            var copy = new Button("Copy link", ignored -> Notification.show("Link copied."));
            // Copied in the browser, within the click itself: the clipboard only accepts text during a user gesture.
            copy.getElement()
                    .executeJs(
                            "this.addEventListener('click', () => navigator.clipboard.writeText($0))", url.getValue());
            var row = new Div(url, copy);
            row.addClassName("mm-share-link");
            shareArea.removeAll();
            shareArea.add(
                    row,
                    new Paragraph("Anyone with this link can read the report and its PDF until it expires."
                            + " You can withdraw it on My account."));
            showPdfState();
        } catch (ErrorResponseException e) {
            Notification.show(e.getBody().getDetail());
        }
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return VaadinServletRequest.getCurrent() == null
                ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest();
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A class, not a lambda: a lambda that captures the view cannot be deserialized with the session. */
    private record PdfPoll(ReportView view) implements ComponentEventListener<PollEvent> {

        @Override
        public void onComponentEvent(PollEvent event) {
            view.showPdfState();
        }
    }

    /** A class, not a lambda, so the handler survives the session's serialization. */
    private record PdfDownload(ReportView view) implements InputStreamDownloadCallback {

        @Override
        public DownloadResponse complete(DownloadEvent event) {
            var pdf = view.pdfs.get().downloadFor(view.userId, view.sessionId);
            return new DownloadResponse(
                    pdf.stream(), "mockmate-report-" + view.sessionId + ".pdf", "application/pdf", pdf.length());
        }
    }
}
