package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.LiveInterviewEvents;
import com.mockmate.interview.service.PracticeService;
import com.mockmate.interview.service.QuestionReviews;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.SessionSummaries;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.ErrorResponseException;

/**
 * The end of an interview: total score, the summary ({@link SummaryPanel}: overall feedback, skipped questions,
 * strengths and what to work on, updated by server push once the written summary is ready), per-topic scores, one
 * accordion section per question with its answers, evidence, scores, key points and example answer, and where to go
 * next.
 */
@Route("results/:sessionId")
@PageTitle("Results | MockMate")
@PermitAll
@StyleSheet("styles/practice.css")
public class ResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final ServiceRef<InterviewQueries> queries;
    private final ServiceRef<RecordingService> recordings;
    private final ServiceRef<PracticeService> practice;
    private final ServiceRef<QuestionReviews> reviews;
    private final ServiceRef<SessionSummaries> summaries;
    private final ServiceRef<LiveInterviewEvents> events;

    ResultsView(
            InterviewQueries interviewQueries,
            RecordingService recordingService,
            PracticeService practiceService,
            QuestionReviews questionReviews,
            SessionSummaries sessionSummaries,
            LiveInterviewEvents events) {
        this.queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        this.recordings = ServiceRef.of(RecordingService.class, recordingService);
        this.practice = ServiceRef.of(PracticeService.class, practiceService);
        this.reviews = ServiceRef.of(QuestionReviews.class, questionReviews);
        this.summaries = ServiceRef.of(SessionSummaries.class, sessionSummaries);
        this.events = ServiceRef.of(LiveInterviewEvents.class, events);
        addClassNames("mm-page", "mm-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = InterviewView.sessionIdOf(event);
        if (id.isEmpty()) {
            add(new H2("Results not found"), new Paragraph("This address does not name an interview session."));
            return;
        }
        try {
            show(queries.get().get(AuthenticatedUser.required(), id.get()));
        } catch (ErrorResponseException e) {
            add(new H2("Results not found"), new Paragraph(e.getBody().getDetail()));
        }
    }

    private void show(SessionDetails session) {
        // Arriving from the interview, the page would keep the scroll position of the end of the conversation.
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
        if (session.status() == SessionStatus.ABANDONED) {
            showSetAside(session);
            return;
        }
        add(new H2((session.practice() ? "Practice: " : "Results: ") + session.assessmentTitle()));
        if (session.practice()) {
            add(PracticeActions.note(session));
        }
        if (session.offline()) {
            var label = new Span("Offline evaluator");
            label.getElement().getThemeList().add("badge contrast");
            var how = new Span("Scored with the rubric and LanguageTool, no AI model.");
            how.addClassName("mm-evaluator-note");
            var evaluator = new Div(label, how);
            evaluator.addClassName("mm-evaluator");
            add(evaluator);
        }
        var summary = session.summary() == null ? Map.<String, Object>of() : session.summary();
        var total = session.totalScore();
        var feedback = new Paragraph(String.valueOf(summary.getOrDefault("overallFeedback", "")));
        feedback.addClassName("mm-overall-feedback");
        if (total == null) {
            var empty = new Div(new H3("No score for this interview"), feedback);
            empty.addClassName("mm-empty-state");
            add(empty, nextSteps(session));
            return;
        }
        var score = new Div(new Span(QuestionScores.shown(total)), new Span("/ 100"));
        score.addClassNames("mm-total-score", ScoreChips.band(total));
        var summaryPanel = new SummaryPanel(summary, session.id(), AuthenticatedUser.required(), summaries, events);
        add(score, summaryPanel, perTopic(summary.get("perTopic")));
        if (summary.get("delivery") instanceof Map<?, ?> delivery) {
            add(delivery(delivery));
        }
        add(new H3("Your answers"), answerSections(session), nextSteps(session));
    }

    /** One section per question: the answers with their evidence marked, the key points and the example answer. */
    private AnswerSections answerSections(SessionDetails session) {
        var actor = AuthenticatedUser.required();
        var attempts = practice.get()
                .attemptCounts(
                        actor,
                        session.questions().stream()
                                .map(SessionDetails.QuestionTurns::questionId)
                                .toList());
        var sessionId = session.id();
        return new AnswerSections(
                session,
                reviews.get().of(actor, session),
                OwnRecordings.of(recordings, sessionId),
                question -> new PracticeActions(
                        practice, sessionId, question.questionId(), attempts.getOrDefault(question.questionId(), 0)));
    }

    /** An interview the candidate started over: no score, the answers as they were. */
    private void showSetAside(SessionDetails session) {
        var answers = new QuestionCards(OwnRecordings.of(recordings, session.id()));
        answers.show(session, false);
        add(
                new H2("Set aside: " + session.assessmentTitle()),
                new Paragraph("You started this test over, so this interview has no score. Your answers stay here."),
                answers,
                nextSteps(session));
    }

    /** Where to go from here: the same test again, the list of interviews, other tests. */
    private HorizontalLayout nextSteps(SessionDetails session) {
        var assessmentId = session.assessmentId();
        var again = new Button(
                "Try this test again", e -> getUI().ifPresent(ui -> ui.navigate("interview/start/" + assessmentId)));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var history = new Button("My interviews", e -> getUI().ifPresent(ui -> ui.navigate("history")));
        var report = new Button(
                "Full report, PDF and sharing", e -> getUI().ifPresent(ui -> ui.navigate("report/" + session.id())));
        report.setVisible(session.status() == SessionStatus.COMPLETED);
        var tests = new Button("All tests", e -> getUI().ifPresent(ui -> ui.navigate("assessments")));
        tests.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var steps = new HorizontalLayout(again, report, history, tests);
        steps.addClassName("mm-next-steps");
        return steps;
    }

    private static Div section(String title, Object items, String none) {
        var box = new Div(new H3(title));
        var list = new UnorderedList();
        if (items instanceof List<?> values && !values.isEmpty()) {
            values.forEach(v -> list.add(new ListItem(String.valueOf(v))));
            box.add(list);
        } else {
            var nothing = new Paragraph(none);
            nothing.addClassName("mm-hint");
            box.add(nothing);
        }
        return box;
    }

    /** How the candidate spoke, when some answers were spoken. */
    private static Div delivery(Map<?, ?> delivery) {
        var box = section("How you spoke", delivery.get("advice"), "Nothing to change.");
        var figures =
                new Paragraph("%s spoken answers, %s words per minute on average, %s filler words%s, %s long pauses."
                        .formatted(
                                delivery.get("spokenAnswers"),
                                delivery.get("averageWordsPerMinute"),
                                delivery.get("fillerWords"),
                                delivery.get("commonFillers") instanceof List<?> common && !common.isEmpty()
                                        ? " (mostly "
                                                + String.join(
                                                        ", ",
                                                        common.stream()
                                                                .map(String::valueOf)
                                                                .toList()) + ")"
                                        : "",
                                delivery.get("longPauses")));
        figures.addClassName("mm-hint");
        box.add(figures);
        return box;
    }

    private static Div perTopic(Object value) {
        var chips = new Div();
        chips.addClassName("mm-score-chips");
        if (value instanceof Map<?, ?> topics) {
            topics.forEach((topic, mean) ->
                    chips.add(ScoreChips.chip(String.valueOf(topic), new BigDecimal(String.valueOf(mean)))));
        }
        if (chips.getComponentCount() == 0) {
            return new Div();
        }
        return new Div(new H3("By topic"), chips);
    }
}
