package com.mockmate.interview.ui;

import com.mockmate.interview.service.FlaggedAnswer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A flagged answer in its context, read-only: the question as asked, the whole answer, what the interviewer replied and
 * why it was flagged. Staff have no view of a candidate's whole interview (results belong to the candidate), so this
 * is what they review.
 */
class FlaggedAnswerDialog extends Dialog {

    final Button markReviewed = new Button("Mark reviewed");

    FlaggedAnswerDialog(FlaggedAnswer answer, SerializableConsumer<FlaggedAnswer> onReviewed) {
        setHeaderTitle(answer.candidate() + " · " + FlaggedAnswersView.testAndQuestion(answer));
        setWidth("min(44rem, 96vw)");
        var when = new Paragraph("Answered " + FlaggedAnswersView.when(answer)
                + (answer.reviewed()
                        ? " · reviewed" + (answer.reviewedBy() == null ? "" : " by " + answer.reviewedBy())
                        : ""));
        when.addClassName("mm-muted");
        var why = new UnorderedList();
        answer.describedFlags()
                .forEach(flag -> why.add(new ListItem(flag.description() + " (rule " + flag.rule() + ")")));
        var body = new Div(
                when,
                new H4("Question asked"),
                quote(answer.questionText()),
                new H4("Answer"),
                quote(answer.answerText()),
                new H4("Interviewer's reply"),
                quote(answer.interviewerReply() == null ? "Not evaluated yet." : answer.interviewerReply()),
                new H4("Why it was flagged"),
                why);
        body.addClassName("mm-flagged-context");
        add(body);
        var close = new Button("Close", e -> close());
        markReviewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markReviewed.setVisible(!answer.reviewed());
        markReviewed.addClickListener(e -> {
            onReviewed.accept(answer);
            close();
        });
        getFooter().add(close, markReviewed);
    }

    private static Paragraph quote(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("mm-quote");
        return paragraph;
    }
}
