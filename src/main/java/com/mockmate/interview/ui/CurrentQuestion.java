package com.mockmate.interview.ui;

import com.mockmate.interview.service.SessionView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The question being asked now, highlighted under the conversation: the question itself or its follow-up. */
class CurrentQuestion extends Div {

    CurrentQuestion() {
        addClassName("mm-current-question");
    }

    /** Shows the session's current question and returns the progress to show in the header. */
    String show(SessionView session) {
        removeAll();
        var question = session.currentQuestion();
        if (question == null) {
            add(new Paragraph("You have answered every question. Finish the interview to see your results."));
            return "All questions answered";
        }
        var label = new Span(
                question.followUp() == null
                        ? "Question " + question.position() + " of " + question.count()
                        : "Follow-up on question " + question.position());
        label.addClassName("mm-current-label");
        add(label, new Paragraph(question.followUp() == null ? question.text() : question.followUp()));
        return "Question " + question.position() + " of " + question.count();
    }
}
