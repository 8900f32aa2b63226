package com.mockmate.interview.ui;

import com.mockmate.assessment.service.AssessmentBrowser;
import com.mockmate.assessment.service.AssessmentCard;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.interview.service.OpenSessionLimitException;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/** The moment before an interview: what to expect, then one click starts it. Reloading this page starts nothing. */
@Route("interview/start/:testId")
@PageTitle("Start interview | MockMate")
@PermitAll
public class StartInterviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final ServiceRef<InterviewService> interviews;
    private final ServiceRef<AssessmentBrowser> browser;
    private final ServiceRef<InterviewQueries> queries;
    final Button start = new Button("Start interview");
    private UUID testId;
    /** The candidate's unfinished interview on this test, which starting over sets aside. */
    private @Nullable UUID unfinishedId;

    StartInterviewView(
            InterviewService interviewService, AssessmentBrowser assessmentBrowser, InterviewQueries interviewQueries) {
        this.interviews = ServiceRef.of(InterviewService.class, interviewService);
        this.browser = ServiceRef.of(AssessmentBrowser.class, assessmentBrowser);
        this.queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        addClassNames("mm-page", "mm-interview");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(e -> {
            if (unfinishedId == null) {
                startInterview();
            } else {
                confirmStartOver();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        testId = event.getRouteParameters().get("testId").map(UUID::fromString).orElse(null);
        try {
            show(browser.get().publishedCard(testId));
        } catch (ErrorResponseException | IllegalArgumentException e) {
            add(
                    new H2("Test not available"),
                    new Paragraph("This test is not published (any more). Pick another one."));
        }
    }

    private void show(AssessmentCard card) {
        var tips = new UnorderedList(
                new ListItem("The interviewer asks " + card.questionCount() + " questions, one at a time."),
                new ListItem("Answer as you would aloud: explain why, give an example, mention trade-offs."),
                new ListItem("If you miss an important point, expect a follow-up question."),
                new ListItem("Each answer is scored on technical accuracy, depth, communication and grammar."),
                new ListItem("You can leave and come back: the interview resumes where you stopped."));
        add(new H2(card.title()), new Paragraph(card.description() == null ? "" : card.description()), tips);
        // The view keeps the id, never the Optional: the session it lives in must serialise into Redis.
        unfinishedId = queries.get()
                .unfinished(AuthenticatedUser.required(), card.id())
                .orElse(null);
        if (unfinishedId == null) {
            start.setText("Start interview");
            add(start);
            return;
        }
        var resumeId = unfinishedId;
        var resume =
                new Button("Resume your interview", e -> getUI().ifPresent(ui -> ui.navigate("interview/" + resumeId)));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setText("Start over");
        start.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("You have an unfinished interview on this test."), new HorizontalLayout(resume, start));
    }

    private void confirmStartOver() {
        var dialog = new ConfirmDialog(
                "Start this test over?",
                "Your unfinished interview is set aside without a score; its answers stay in My interviews.",
                "Start over",
                confirmed -> {
                    try {
                        interviews.get().abandon(AuthenticatedUser.required(), unfinishedId);
                        unfinishedId = null;
                        startInterview();
                    } catch (ErrorResponseException e) {
                        Notification.show(e.getBody().getDetail(), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }

    private void startInterview() {
        try {
            var session = interviews.get().start(AuthenticatedUser.required(), testId);
            getUI().ifPresent(ui -> ui.navigate("interview/" + session.id()));
        } catch (OpenSessionLimitException e) {
            showOpenSessions(e);
        } catch (ErrorResponseException e) {
            Notification.show(e.getBody().getDetail(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Instead of the start button: the interviews in progress, each with a way back into it. */
    private void showOpenSessions(OpenSessionLimitException limit) {
        start.setVisible(false);
        var message = new Paragraph(limit.getBody().getDetail());
        var resumes = new VerticalLayout();
        resumes.setPadding(false);
        for (var open : limit.openSessions()) {
            var sessionId = open.id();
            var resume = new Button(
                    "Resume " + open.testTitle() + " (started " + STARTED.format(open.startedAt()) + ")",
                    e -> getUI().ifPresent(ui -> ui.navigate("interview/" + sessionId)));
            resumes.add(resume);
        }
        var panel = new Div(message, resumes);
        panel.addClassName("mm-open-sessions");
        add(panel);
    }
}
