package com.mockmate.report.ui;

import com.mockmate.interview.ui.HighlightedAnswer;
import com.mockmate.interview.ui.QuestionTakeaways;
import com.mockmate.report.service.SessionReport;
import com.mockmate.report.service.SessionReport.AnswerReport;
import com.mockmate.report.service.SessionReport.QuestionReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A report's questions, one accordion panel each, read-only: the answers with their evidence and grammar findings
 * marked, ratings, key points and example answer.
 */
public class ReportSections extends Accordion {

    public ReportSections(SessionReport report) {
        addClassName("mm-report-sections");
        setWidthFull();
        for (var question : report.questions()) {
            add(title(question), panel(question));
        }
        if (!report.questions().isEmpty()) {
            open(0);
        }
    }

    private static String title(QuestionReport question) {
        var total = question.answers().isEmpty()
                ? null
                : question.answers().getFirst().total();
        return "Question " + question.position() + ": " + question.text()
                + (total == null ? "" : " (" + score(total) + ")");
    }

    private static Component panel(QuestionReport question) {
        var panel = new Div();
        panel.addClassName("mm-report-question");
        for (var answer : question.answers()) {
            panel.add(answer(answer));
        }
        panel.add(new QuestionTakeaways(
                question.keyPointsCovered(), question.keyPointsMissed(), question.exampleAnswer()));
        return panel;
    }

    private static Component answer(AnswerReport answer) {
        var block = new Div();
        block.addClassName("mm-report-answer");
        block.add(new H4(answer.followUpIndex() == 0 ? "Answer" : "Follow-up: " + answer.prompt()));
        var evidence = new LinkedHashMap<String, List<String>>();
        answer.dimensions().forEach(dimension -> evidence.put(dimension.name(), dimension.evidence()));
        block.add(new HighlightedAnswer(answer.answer(), evidence, answer.grammarFindings()));
        if (!answer.dimensions().isEmpty()) {
            var ratings = new UnorderedList();
            ratings.addClassName("mm-report-ratings");
            for (var dimension : answer.dimensions()) {
                var name = new Span(capitalised(dimension.name()) + ": " + dimension.rating() + " ("
                        + score(dimension.points()) + ")");
                name.addClassName("mm-rating-name");
                ratings.add(new ListItem(name, new Span(" " + dimension.justification())));
            }
            block.add(ratings);
        }
        if (!answer.grammarFindings().isEmpty()) {
            block.add(list(
                    "Grammar",
                    answer.grammarFindings().stream()
                            .map(f -> "“" + f.excerpt() + "”: " + f.message())
                            .toList()));
        }
        block.add(list("Strengths", answer.strengths()));
        block.add(list("To improve", answer.improvements()));
        return block;
    }

    private static Component list(String title, List<String> items) {
        if (items.isEmpty()) {
            return new Div();
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return new Div(new H4(title), list);
    }

    static String score(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
