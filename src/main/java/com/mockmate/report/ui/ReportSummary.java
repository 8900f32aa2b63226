package com.mockmate.report.ui;

import com.mockmate.report.service.SessionReport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The report's summary, for the candidate's and the shared page alike: the overall feedback, then, once the written
 * summary is there, its strengths, the improvements with their next steps and the topic to practise next, as the API
 * and the PDF carry them.
 */
final class ReportSummary extends Div {

    ReportSummary(SessionReport report) {
        addClassName("mm-report-summary");
        add(new H3("Summary"));
        if (report.overallFeedback() != null) {
            add(new Paragraph(report.overallFeedback()));
        }
        var written = report.writtenSummary();
        if (written == null) {
            return;
        }
        if (written.writing()) {
            var note = new Paragraph("The detailed summary is still being written; reload the page in a moment.");
            note.addClassName("mm-hint");
            add(note);
            return;
        }
        list("Strengths", written.strengths());
        if (!written.improvements().isEmpty()) {
            add(new H4("To work on"));
            var improvements = new UnorderedList();
            for (var improvement : written.improvements()) {
                var step = new Span("Next step: " + improvement.nextStep());
                step.addClassName("mm-summary-next-step");
                improvements.add(new ListItem(new Span(improvement.improvement()), new Div(step)));
            }
            add(improvements);
        }
        if (written.recommendedNextTopic() != null) {
            add(new Paragraph("Practise next: " + written.recommendedNextTopic()));
        }
        if (written.writtenBy() != null) {
            var by = new Paragraph("Summary written by " + written.writtenBy().label());
            by.addClassName("mm-hint");
            add(by);
        }
    }

    private void list(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        add(new H4(title));
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        add(list);
    }
}
