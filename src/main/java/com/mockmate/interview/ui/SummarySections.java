package com.mockmate.interview.ui;

import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.domain.SummaryStatus;
import com.mockmate.interview.service.WrittenSummaryDetails;
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

/** The parts of the {@link SummaryPanel}: the "being written" note, who wrote it, the feedback and the lists. */
final class SummarySections {

    static final String WRITING = "Summary being written\u2026";

    private SummarySections() {}

    static Div writingNote() {
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        var note = new Div(new Span(WRITING), bar);
        note.addClassName("mm-summary-writing");
        note.getElement().setAttribute("role", "status");
        return note;
    }

    static Div author(WrittenSummaryDetails written) {
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

    static Paragraph feedback(@Nullable String text) {
        var feedback = new Paragraph(text == null ? "" : text);
        feedback.addClassName("mm-overall-feedback");
        return feedback;
    }

    static Div improvements(List<SummaryContent.Improvement> improvements) {
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

    static Div list(String title, List<String> items, String none) {
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
    static Div skipped(@Nullable Object value) {
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

    static List<String> strings(@Nullable Object value) {
        return value instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of();
    }

    static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("mm-hint");
        return hint;
    }

    static Span strong(String text) {
        var strong = new Span(text);
        strong.addClassName("mm-strong");
        return strong;
    }
}
