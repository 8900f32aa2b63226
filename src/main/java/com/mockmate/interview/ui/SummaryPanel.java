package com.mockmate.interview.ui;

import static com.mockmate.interview.ui.SummarySections.author;
import static com.mockmate.interview.ui.SummarySections.feedback;
import static com.mockmate.interview.ui.SummarySections.improvements;
import static com.mockmate.interview.ui.SummarySections.list;
import static com.mockmate.interview.ui.SummarySections.skipped;
import static com.mockmate.interview.ui.SummarySections.strings;
import static com.mockmate.interview.ui.SummarySections.strong;
import static com.mockmate.interview.ui.SummarySections.writingNote;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.LiveInterviewEvents;
import com.mockmate.interview.service.SessionSummaries;
import com.mockmate.interview.service.WrittenSummaryDetails;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The summary at the top of the results: while the written summary is being made, the summary of the completion with
 * a "being written" note; then the written one (overall feedback, three strengths, three improvements with their next
 * steps, the topic to practise next) and who wrote it, swapped in by server push from whichever instance wrote it (a
 * slow poll backs the push up). A practice session only ever has the completion's.
 */
@StyleSheet("styles/summary.css")
class SummaryPanel extends Div {

    static final String WRITING = SummarySections.WRITING;

    private final Map<String, Object> completionSummary;
    private final UUID sessionId;
    private final AuthenticatedUser viewer;
    private final ServiceRef<SessionSummaries> summaries;
    private final LiveUpdates live;
    private boolean writing;

    /** @param viewer the page's user: a pushed refresh runs on a listener thread, without the request's login */
    SummaryPanel(
            Map<String, Object> completionSummary,
            UUID sessionId,
            AuthenticatedUser viewer,
            ServiceRef<SessionSummaries> summaries,
            ServiceRef<LiveInterviewEvents> events) {
        this.completionSummary = completionSummary;
        this.sessionId = sessionId;
        this.viewer = viewer;
        this.summaries = summaries;
        this.live = new LiveUpdates(this, events, this::refresh);
        addClassName("mm-summary");
        show(summaries.get().of(viewer, sessionId).orElse(null));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live.attach(attachEvent.getUI());
        if (writing) {
            live.keepCurrent(attachEvent.getUI(), sessionId, true);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach(detachEvent.getUI());
    }

    private void refresh() {
        if (!writing) {
            return;
        }
        show(summaries.get().of(viewer, sessionId).orElse(null));
        getUI().ifPresent(ui -> live.keepCurrent(ui, sessionId, writing));
    }

    private void show(@Nullable WrittenSummaryDetails written) {
        removeAll();
        writing = written != null && written.writing();
        if (written == null || written.writing() || written.writtenBy() == null) {
            if (writing) {
                add(writingNote());
            }
            showCompletionSummary();
            return;
        }
        add(author(written));
        add(feedback(written.overallFeedback()));
        add(skipped(completionSummary.get("skipped")));
        var advice = new Div(
                list("Strengths", written.strengths(), "No particular strength stood out yet."),
                improvements(written.improvements()));
        advice.addClassName("mm-advice");
        add(advice);
        if (written.recommendedNextTopic() != null) {
            var next = new Paragraph(new Span("Practise next: "), strong(written.recommendedNextTopic()));
            next.addClassName("mm-summary-next-topic");
            add(next);
        }
    }

    private void showCompletionSummary() {
        add(feedback(String.valueOf(completionSummary.getOrDefault("overallFeedback", ""))));
        add(skipped(completionSummary.get("skipped")));
        var advice = new Div(
                list("Strengths", strings(completionSummary.get("strengths")), "No particular strength stood out yet."),
                list(
                        "To work on",
                        strings(completionSummary.get("weaknesses")),
                        "Nothing in particular: keep practising."));
        advice.addClassName("mm-advice");
        add(advice);
    }
}
