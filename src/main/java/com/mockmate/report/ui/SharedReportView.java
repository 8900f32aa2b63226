package com.mockmate.report.ui;

import com.mockmate.base.error.GoneException;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.report.service.ShareLinks;
import com.mockmate.report.service.ShareLinks.SharedReport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A report opened through a share link: read-only, without login, without recordings. The token in the address is the
 * only permission, so the page says nothing about the candidate beyond the report itself.
 */
@Route(value = "shared/:token", autoLayout = false)
@StyleSheet("context://styles/report.css")
@PageTitle("Shared interview report | MockMate")
@AnonymousAllowed
public class SharedReportView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final ServiceRef<ShareLinks> links;

    SharedReportView(ShareLinks shareLinks) {
        this.links = ServiceRef.of(ShareLinks.class, shareLinks);
        addClassNames("mm-page", "mm-shared-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        try {
            show(token, links.get().open(token));
        } catch (GoneException e) {
            // It ended between the gate's check and this navigation.
            add(
                    new H2("This link is no longer available"),
                    new Paragraph(e.getBody().getDetail()));
        } catch (com.mockmate.base.error.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(String token, SharedReport shared) {
        var report = shared.report();
        add(new H2("Interview report: " + report.testTitle()));
        var meta = new Paragraph("Shared read-only · rated by "
                + report.evaluator().label() + " · link valid until " + DATE.format(shared.expiresAt()));
        meta.addClassName("mm-muted");
        add(meta);
        if (report.total() != null) {
            var total = new Span("Total score: " + ReportSections.score(report.total()) + " / 100");
            total.addClassName("mm-report-total");
            add(total);
        }
        if (shared.pdfReady()) {
            var pdf = new Anchor("/api/v1/shared/" + token + "/pdf", "Download the PDF");
            pdf.setRouterIgnore(true);
            pdf.addClassName("mm-link-button");
            add(pdf);
        }
        add(new ReportSummary(report));
        add(new ReportSections(report));
    }
}
