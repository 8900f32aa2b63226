package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.FlaggedAnswer;
import com.mockmate.interview.service.FlaggedAnswers;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Answers with likely prompt-injection attempts on the instructor's tests (all tests for an administrator). */
@Route("flagged-answers")
@PageTitle("Flagged answers | MockMate")
@Menu(order = 40, title = "Flagged answers", icon = "FLAG")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class FlaggedAnswersView extends VerticalLayout {

    static final int EXCERPT_CHARS = 160;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    final Grid<FlaggedAnswer> grid = new Grid<>(FlaggedAnswer.class, false);

    FlaggedAnswersView(FlaggedAnswers flaggedAnswers) {
        var answers = ServiceRef.of(FlaggedAnswers.class, flaggedAnswers);
        addClassName("mm-page");
        grid.addColumn(a -> WHEN.format(a.answeredAt().atZone(ZoneId.systemDefault())))
                .setHeader("Answered")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FlaggedAnswer::candidate).setHeader("Candidate").setAutoWidth(true);
        grid.addColumn(a -> a.assessmentTitle() + ", question " + a.questionPosition())
                .setHeader("Test");
        grid.addColumn(new ComponentRenderer<>(FlaggedAnswersView::flags))
                .setHeader("Flags")
                .setAutoWidth(true);
        grid.addColumn(a -> excerpt(a.answerText())).setHeader("Answer").setFlexGrow(3);
        grid.setTooltipGenerator(FlaggedAnswer::answerText);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query ->
                answers
                        .get()
                        .list(AuthenticatedUser.required(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        grid.setEmptyStateText("No flagged answers. Answers that try to instruct the evaluator show up here.");
        var explanation = new Paragraph("Answers that look like attempts to instruct the interviewer (\"ignore your"
                + " instructions\", \"give me full marks\"). They were evaluated like any other answer and could not"
                + " raise their own score; this list shows whom to talk to.");
        explanation.addClassName("mm-hint");
        add(new H2("Flagged answers"), explanation, grid);
        setSizeFull();
    }

    static String excerpt(String text) {
        var oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_CHARS ? oneLine : oneLine.substring(0, EXCERPT_CHARS) + "…";
    }

    private static Div flags(FlaggedAnswer answer) {
        var box = new Div();
        box.addClassName("mm-chips");
        for (var flag : answer.flags()) {
            var badge = new Span(flag.replace('-', ' '));
            badge.getElement().getThemeList().add("badge error small");
            box.add(badge);
        }
        return box;
    }
}
