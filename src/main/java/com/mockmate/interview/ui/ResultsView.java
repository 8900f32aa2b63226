package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.interview.service.SessionView;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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

/** The end of an interview: total score, overall feedback, strengths, weaknesses, per-topic scores, the transcript. */
@Route("results/:sessionId")
@PageTitle("Results | MockMate")
@PermitAll
public class ResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final ServiceRef<InterviewQueries> queries;
    private final ServiceRef<RecordingService> recordings;

    ResultsView(InterviewQueries interviewQueries, RecordingService recordingService) {
        this.queries = ServiceRef.of(InterviewQueries.class, interviewQueries);
        this.recordings = ServiceRef.of(RecordingService.class, recordingService);
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

    private void show(SessionView session) {
        var title = new H2("Results: " + session.assessmentTitle());
        add(title);
        // Arriving from the interview, the page would keep its scroll position at the end of the conversation.
        title.scrollIntoView();
        if (session.offline()) {
            var label = new Span("Offline evaluator");
            label.getElement().getThemeList().add("badge contrast");
            var how = new Span("Scored with the rubric and LanguageTool, no AI model.");
            how.addClassName("mm-evaluator-note");
            var evaluator = new Div(label, how);
            evaluator.addClassName("mm-evaluator");
            add(evaluator);
        }
        var total = session.totalScore();
        var score = new Div(
                new Span(total == null ? "–" : total.stripTrailingZeros().toPlainString()), new Span("/ 100"));
        score.addClassNames("mm-total-score", total == null ? "mm-score-low" : ScoreChips.band(total));
        var summary = session.summary() == null ? Map.<String, Object>of() : session.summary();
        add(score, new Paragraph(String.valueOf(summary.getOrDefault("overallFeedback", ""))));
        add(section("Strengths", summary.get("strengths")), section("To work on", summary.get("weaknesses")));
        add(perTopic(summary.get("perTopic")));
        if (summary.get("delivery") instanceof Map<?, ?> delivery) {
            add(delivery(delivery));
        }
        var transcript = new ChatTranscript(OwnRecordings.of(recordings, session.id()));
        transcript.show(session);
        add(
                new H3("Transcript"),
                transcript,
                new Button("Back to assessments", e -> getUI().ifPresent(ui -> ui.navigate("assessments"))));
    }

    private static Div section(String title, Object items) {
        var box = new Div(new H3(title));
        var list = new UnorderedList();
        if (items instanceof List<?> values && !values.isEmpty()) {
            values.forEach(v -> list.add(new ListItem(String.valueOf(v))));
            box.add(list);
        } else {
            box.add(new Paragraph("Nothing noted."));
        }
        return box;
    }

    /** How the candidate spoke, when some answers were spoken. */
    private static Div delivery(Map<?, ?> delivery) {
        var box = section("How you spoke", delivery.get("advice"));
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
        return new Div(new H3("By topic"), chips);
    }
}
