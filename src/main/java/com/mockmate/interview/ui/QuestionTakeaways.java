package com.mockmate.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a finished question teaches: the key points covered (✓) and missed (✗), and the example answer, folded so that
 * a candidate can think first. Shown on the results page and in the report alike.
 */
@StyleSheet("context://styles/answers.css")
public class QuestionTakeaways extends Div {

    public QuestionTakeaways(List<String> covered, List<String> missed, @Nullable String exampleAnswer) {
        addClassName("mm-takeaways");
        var keyPoints = new Div(
                marks("Key points covered", "✓", "mm-covered", covered),
                marks("Key points missed", "✗", "mm-missed", missed));
        keyPoints.addClassName("mm-takeaway-key-points");
        add(keyPoints);
        if (exampleAnswer != null && !exampleAnswer.isBlank()) {
            var text = new Paragraph(exampleAnswer);
            text.addClassName("mm-example-answer-text");
            var example = new Details("Example answer", text);
            example.addClassName("mm-example-answer");
            example.setOpened(false);
            add(example);
        }
    }

    private static Component marks(String title, String mark, String className, List<String> items) {
        var section = new Div(new H4(title));
        section.addClassName("mm-report-key-points");
        if (items.isEmpty()) {
            section.add(new Paragraph("None."));
            return section;
        }
        var list = new UnorderedList();
        list.addClassNames("mm-key-points", className);
        for (var item : items) {
            var sign = new Span(mark);
            sign.addClassName("mm-key-mark");
            sign.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(sign, new Text(" " + item)));
        }
        section.add(list);
        return section;
    }
}
