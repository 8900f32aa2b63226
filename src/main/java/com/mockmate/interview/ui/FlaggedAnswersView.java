package com.mockmate.interview.ui;

import com.mockmate.base.ui.CompactWidth;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.FlaggedAnswer;
import com.mockmate.interview.service.FlaggedAnswers;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Answers with likely prompt-injection attempts on the instructor's tests (all tests for an administrator), waiting for
 * someone to look at them. Each opens read-only with its question and the interviewer's reply, and can be marked
 * reviewed.
 */
@Route("flagged-answers")
@PageTitle("Flagged answers | MockMate")
@Menu(order = 40, title = "Flagged answers", icon = "FLAG")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class FlaggedAnswersView extends VerticalLayout {

    static final int EXCERPT_CHARS = 160;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final ServiceRef<FlaggedAnswers> answers;
    final Grid<FlaggedAnswer> grid = new Grid<>(FlaggedAnswer.class, false);
    final Checkbox showReviewed = new Checkbox("Show reviewed answers");

    FlaggedAnswersView(FlaggedAnswers flaggedAnswers) {
        this.answers = ServiceRef.of(FlaggedAnswers.class, flaggedAnswers);
        addClassName("mm-page");
        grid.addColumn(a -> when(a))
                .setKey("answered")
                .setHeader("Answered")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FlaggedAnswer::candidate)
                .setKey("candidate")
                .setHeader("Candidate")
                .setAutoWidth(true);
        grid.addColumn(FlaggedAnswersView::testAndQuestion).setKey("test").setHeader("Test");
        grid.addComponentColumn(FlaggedAnswersView::flags)
                .setKey("flags")
                .setHeader("Flags")
                .setFlexGrow(2);
        grid.addColumn(a -> excerpt(a.answerText()))
                .setKey("answer")
                .setHeader("Answer")
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::card)
                .setKey("card")
                .setHeader("Flagged answer")
                .setVisible(false);
        grid.setTooltipGenerator(FlaggedAnswer::answerText);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> answers
                .get()
                .list(
                        AuthenticatedUser.required(),
                        showReviewed.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        showReviewed.addValueChangeListener(e -> refresh());
        var explanation = new Paragraph("Answers that look like attempts to instruct the interviewer (\"ignore your"
                + " instructions\", \"give me full marks\"). They were evaluated like any other answer and could not"
                + " raise their own score; this list shows whom to talk to.");
        explanation.addClassName("mm-hint");
        add(new H2("Flagged answers"), explanation, showReviewed, grid);
        setSizeFull();
        refresh();
        CompactWidth.track(this, this::useCompactLayout);
    }

    /** Below tablet width one card per answer replaces the columns, which hid the answer and flags on a phone. */
    void useCompactLayout(boolean compact) {
        grid.getColumns().forEach(column -> column.setVisible(compact == "card".equals(column.getKey())));
    }

    void refresh() {
        grid.setEmptyStateText(emptyState(AuthenticatedUser.required().role(), showReviewed.getValue()));
        grid.getDataProvider().refreshAll();
    }

    /** An instructor's list covers only their own tests; an empty one must not suggest that nobody misbehaved. */
    static String emptyState(Role role, boolean includingReviewed) {
        var none = includingReviewed ? "No flagged answers" : "No flagged answers waiting for review";
        return role == Role.ADMIN
                ? none + ". Answers that try to instruct the evaluator show up here."
                : none + " on your tests. This list covers only answers to tests you own; answers that try to"
                        + " instruct the evaluator show up here.";
    }

    void openDetails(FlaggedAnswer answer) {
        new FlaggedAnswerDialog(answer, this::markReviewed).open();
    }

    void markReviewed(FlaggedAnswer answer) {
        if (Feedback.succeeded(() -> answers.get().markReviewed(AuthenticatedUser.required(), answer.turnId()))) {
            Feedback.success("Marked reviewed: " + answer.candidate() + "'s answer");
            grid.getDataProvider().refreshAll();
        }
    }

    static String excerpt(String text) {
        var oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_CHARS ? oneLine : oneLine.substring(0, EXCERPT_CHARS) + "…";
    }

    static String when(FlaggedAnswer answer) {
        return WHEN.format(answer.answeredAt().atZone(ZoneId.systemDefault()));
    }

    static String testAndQuestion(FlaggedAnswer answer) {
        return answer.assessmentTitle() + ", question " + answer.questionPosition();
    }

    /** The flags in words; the rule id stays in the title for staff who look the rule up. */
    static Div flags(FlaggedAnswer answer) {
        var box = new Div();
        box.addClassNames("mm-chips", "mm-flag-chips");
        for (var flag : answer.describedFlags()) {
            var badge = new Span(flag.description());
            badge.getElement().getThemeList().add("badge error small");
            badge.getElement().setAttribute("title", "Rule: " + flag.rule());
            box.add(badge);
        }
        return box;
    }

    private Div actions(FlaggedAnswer answer) {
        var view = new Button("View", e -> openDetails(answer));
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        view.setAriaLabel("View " + answer.candidate() + "'s answer in context");
        var box = new Div(view, reviewControl(answer));
        box.addClassName("mm-row-actions");
        return box;
    }

    private Component reviewControl(FlaggedAnswer answer) {
        if (answer.reviewed()) {
            var done = new Span("Reviewed" + (answer.reviewedBy() == null ? "" : " by " + answer.reviewedBy()));
            done.getElement().getThemeList().add("badge success small");
            return done;
        }
        var review = new Button("Mark reviewed", e -> markReviewed(answer));
        review.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return review;
    }

    private Div card(FlaggedAnswer answer) {
        var who = new Span(answer.candidate());
        who.addClassName("mm-card-title");
        var where = new Span(testAndQuestion(answer) + " · " + when(answer));
        where.addClassName("mm-muted");
        var card = new Div(who, where, flags(answer), new Span(excerpt(answer.answerText())), actions(answer));
        card.addClassName("mm-row-card");
        return card;
    }
}
