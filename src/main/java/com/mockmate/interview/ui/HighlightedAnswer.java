package com.mockmate.interview.ui;

import com.mockmate.scoring.GrammarFinding;
import com.mockmate.scoring.Quotes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An answer with its evidence marked: each quote an evaluator gave for a rating, tinted by dimension, and each of
 * LanguageTool's findings, underlined; a mark's title says which dimension or which rule, and a legend explains the
 * colours (a phone has no hover). Where marks overlap, the overlap carries all of them. The answer is only ever set as
 * text nodes, never as HTML. The results page and the report show answers with this one component.
 */
@StyleSheet("context://styles/answers.css")
public class HighlightedAnswer extends Div {

    /** The rubric's dimensions in their usual order, with the names candidates read. */
    static final Map<String, String> DIMENSIONS = Map.of(
            "technical", "Technical accuracy",
            "depth", "Depth",
            "communication", "Communication",
            "grammar", "Grammar");

    private static final List<String> ORDER = List.of("technical", "depth", "communication", "grammar");

    static final String FINDING = "finding";

    /**
     * @param evidence quotes by dimension name ("technical", "depth", "communication", "grammar"); a quote that cannot
     *     be found in the answer (evidence is checked when it is given, so only for an edited answer) is not marked
     * @param findings LanguageTool's findings, by their offsets in the answer
     */
    public HighlightedAnswer(String answer, Map<String, List<String>> evidence, List<GrammarFinding> findings) {
        addClassName("mm-highlighted-answer");
        var marks = new ArrayList<Mark>();
        for (var dimension : ORDER) {
            for (var quote : evidence.getOrDefault(dimension, List.of())) {
                Quotes.locate(answer, quote)
                        .ifPresent(span -> marks.add(new Mark(
                                span.start(), span.end(), dimension, "Evidence for " + DIMENSIONS.get(dimension))));
            }
        }
        for (var finding : findings) {
            int end = finding.offset() + finding.length();
            if (finding.offset() >= 0 && end <= answer.length() && finding.length() > 0) {
                marks.add(new Mark(finding.offset(), end, FINDING, findingLabel(finding)));
            }
        }
        var text = new Div();
        text.addClassName("mm-answer-text");
        render(text, answer, marks);
        add(text);
        var kinds = new LinkedHashSet<String>();
        marks.forEach(mark -> kinds.add(mark.kind()));
        if (!kinds.isEmpty()) {
            add(legend(kinds));
        }
    }

    private record Mark(int start, int end, String kind, String label) {}

    /** Cuts the answer where any mark starts or ends; each piece is plain text or one mark carrying all that cover it. */
    private static void render(Div parent, String answer, List<Mark> marks) {
        var cuts = new TreeSet<Integer>();
        cuts.add(0);
        cuts.add(answer.length());
        marks.forEach(mark -> {
            cuts.add(mark.start());
            cuts.add(mark.end());
        });
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                parent.add(piece(answer.substring(from, to), covering(marks, from, to)));
            }
            from = to;
        }
    }

    private static List<Mark> covering(List<Mark> marks, int from, int to) {
        return marks.stream()
                .filter(mark -> mark.start() <= from && mark.end() >= to)
                .toList();
    }

    private static Component piece(String text, List<Mark> marks) {
        if (marks.isEmpty()) {
            return new Text(text);
        }
        var mark = new AnswerMark(text);
        var labels = new LinkedHashSet<String>();
        marks.forEach(m -> {
            mark.addClassName("mm-mark-" + m.kind());
            labels.add(m.label());
        });
        mark.setTitle(String.join("\n", labels));
        return mark;
    }

    /** A {@code <mark>}: highlighted text, as the HTML element for it says to assistive technology. */
    @Tag("mark")
    public static class AnswerMark extends HtmlContainer {

        AnswerMark(String text) {
            setText(text);
            addClassName("mm-mark");
        }
    }

    private static String findingLabel(GrammarFinding finding) {
        return "Grammar (" + finding.rule() + "): " + finding.message()
                + (finding.suggestions().isEmpty() ? "" : " Try: " + String.join(", ", finding.suggestions()));
    }

    private static Div legend(Iterable<String> kinds) {
        var legend = new Div(new Span("Highlighted:"));
        legend.addClassName("mm-mark-legend");
        for (var kind : kinds) {
            var sample = new Span(FINDING.equals(kind) ? "grammar finding" : DIMENSIONS.get(kind));
            sample.addClassNames("mm-mark", "mm-mark-" + kind);
            legend.add(sample);
        }
        return legend;
    }
}
