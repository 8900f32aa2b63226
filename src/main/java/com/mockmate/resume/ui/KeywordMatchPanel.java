package com.mockmate.resume.ui;

import com.mockmate.resume.match.KeywordMatch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;

/**
 * How well the résumé covers the job description's key terms: the percentage, the terms found (✓) and those missing
 * (✗). The marks are decoration; each list says in words what it holds, for screen readers too.
 */
class KeywordMatchPanel extends Div {

    KeywordMatchPanel(KeywordMatch match) {
        addClassNames("mm-card", "mm-resume-match");
        var percentage = new Span(match.percentage() + "%");
        percentage.addClassName("mm-resume-match-value");
        var meter = new ProgressBar(0, 100, match.percentage());
        meter.getElement().setAttribute("aria-label", "Keyword match " + match.percentage() + " percent");
        var explanation = new Paragraph("Of the job description's "
                + (match.found().size() + match.missing().size()) + " key terms, "
                + match.found().size() + (match.found().size() == 1 ? " appears" : " appear")
                + " in your résumé. Add a missing term only where it is true of you.");
        explanation.addClassName("mm-muted");
        add(new H4("ATS keyword match"), percentage, meter, explanation);
        add(terms("Found in your résumé", "✓", "mm-resume-term-found", match.found()));
        add(terms("Missing from your résumé", "✗", "mm-resume-term-missing", match.missing()));
    }

    private static Div terms(String title, String mark, String className, List<String> terms) {
        var heading = new Span(title + " (" + terms.size() + ")");
        heading.addClassName("mm-resume-terms-title");
        var list = new UnorderedList();
        list.addClassNames("mm-resume-terms", className);
        list.getElement().setAttribute("aria-label", title);
        for (var term : terms) {
            var icon = new Span(mark);
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName("mm-resume-term-mark");
            list.add(new ListItem(icon, new Span(term)));
        }
        var box = new Div(heading);
        box.addClassName("mm-resume-terms-box");
        if (terms.isEmpty()) {
            var none = new Span("None");
            none.addClassName("mm-muted");
            box.add(none);
        } else {
            box.add(list);
        }
        return box;
    }
}
