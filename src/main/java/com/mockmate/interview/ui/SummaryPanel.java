package com.mockmate.interview.ui;

import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.domain.SummaryStatus;
import com.mockmate.interview.service.WrittenSummaryDetails;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The summary at the top of the results: while the written summary is being made, the summary of the completion with
 * a "being written" note; then the written one (overall feedback, three strengths, three improvements with their next
 * steps, the topic to practise next) and who wrote it. A practice session only ever has the completion's.
 */
@StyleSheet("styles/summary.css")
class SummaryPanel extends Div {

    static final String WRITING = "Summary being written\u2026";

    private final Map<String, Object> completionSummary;

    SummaryPanel(Map<String, Object> completionSummary) {
        this.completionSummary = completionSummary;
        addClassName("mm-summary");
    }

    void show(@Nullable WrittenSummaryDetails written) {
        removeAll();
        if (written == null || written.writing() || written.writtenBy() == null) {
            if (written != null) {
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

    private static Div writingNote() {
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        var note = new Div(new Span(WRITING), bar);
        note.addClassName("mm-summary-writing");
        note.getElement().setAttribute("role", "status");
        return note;
    }

    private static Div author(WrittenSummaryDetails written) {
        var writtenBy = written.writtenBy();
        var label = new Span(writtenBy == null ? "" : writtenBy.label());
        label.getElement().getThemeList().add("badge contrast");
        var author = new Div(label);
        author.addClassName("mm-summary-author");
        if (written.status() == SummaryStatus.FAILED) {
            var why = new Span("The model's summary could not be written, so this one was worked out offline from your"
                    + " ratings, key points, grammar and delivery.");
            why.addClassName("mm-evaluator-note");
            why.getElement().setAttribute("title", String.valueOf(written.failureReason()));
            author.add(why);
        } else if ("offline".equals(writtenBy == null ? null : writtenBy.provider())) {
            var how = new Span("Worked out from your ratings, key points, grammar and delivery, no AI model.");
            how.addClassName("mm-evaluator-note");
            author.add(how);
        }
        return author;
    }

    private static Paragraph feedback(@Nullable String text) {
        var feedback = new Paragraph(text == null ? "" : text);
        feedback.addClassName("mm-overall-feedback");
        return feedback;
    }

    private static Div improvements(List<SummaryContent.Improvement> improvements) {
        var box = new Div(new H3("To work on"));
        if (improvements.isEmpty()) {
            box.add(hint("Nothing in particular: keep practising."));
            return box;
        }
        var list = new UnorderedList();
        for (var improvement : improvements) {
            var step = new Div(strong("Next step: "), new Span(improvement.nextStep()));
            step.addClassName("mm-summary-next-step");
            list.add(new ListItem(new Span(improvement.improvement()), step));
        }
        box.add(list);
        return box;
    }

    private static Div list(String title, List<String> items, String none) {
        var box = new Div(new H3(title));
        if (items.isEmpty()) {
            box.add(hint(none));
            return box;
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        box.add(list);
        return box;
    }

    /** The questions left unanswered, which the total counts as 0. */
    private static Div skipped(@Nullable Object value) {
        var box = new Div();
        if (value instanceof List<?> questions && !questions.isEmpty()) {
            box.addClassName("mm-skipped");
            box.add(new Span((questions.size() == 1 ? "1 question was" : questions.size() + " questions were")
                    + " not answered and count as 0:"));
            var list = new UnorderedList();
            questions.forEach(q -> {
                if (q instanceof Map<?, ?> question) {
                    list.add(new ListItem("Question " + question.get("position") + ": " + question.get("text")));
                }
            });
            box.add(list);
        }
        return box;
    }

    private static List<String> strings(@Nullable Object value) {
        return value instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of();
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("mm-hint");
        return hint;
    }

    private static Span strong(String text) {
        var strong = new Span(text);
        strong.addClassName("mm-strong");
        return strong;
    }
}
