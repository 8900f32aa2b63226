package com.mockmate.interview.ui;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.service.QuestionReview;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.interview.service.SessionDetails.QuestionTurns;
import com.mockmate.interview.service.TurnDetails;
import com.mockmate.scoring.GrammarFinding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finished interview's answers, one accordion section per question (the first open): each answer with its evidence
 * and grammar findings marked in the text, its scores and feedback, then the key points covered and missed and the
 * example answer, and what the candidate can do next with the question.
 */
@StyleSheet("context://styles/answers.css")
class AnswerSections extends Accordion {

    /**
     * @param reviews the answer key per question position; empty before the interview is completed
     * @param recordings serves the candidate's own recording of a spoken turn
     * @param actions what each section offers below its answers, such as trying the question again
     */
    AnswerSections(
            SessionDetails session,
            List<QuestionReview> reviews,
            SerializableFunction<UUID, DownloadHandler> recordings,
            SerializableFunction<QuestionTurns, Component> actions) {
        addClassName("mm-answer-sections");
        setWidthFull();
        var byPosition = new LinkedHashMap<Integer, QuestionReview>();
        reviews.forEach(review -> byPosition.put(review.position(), review));
        for (var question : session.questions()) {
            var panel = new AccordionPanel(summary(question), content(question, byPosition, recordings, actions));
            panel.addClassName("mm-answer-section");
            add(panel);
        }
        if (!session.questions().isEmpty()) {
            open(0);
        }
    }

    private static Component summary(QuestionTurns question) {
        var title = new Span("Question " + question.position() + ": " + question.text());
        title.addClassName("mm-answer-section-title");
        var summary = new Div(title);
        summary.addClassName("mm-answer-section-summary");
        if (question.score() != null) {
            var score = new Span(QuestionScores.shown(question.score()));
            score.addClassNames("mm-score-chip", "mm-question-score", ScoreChips.band(question.score()));
            score.getElement().setAttribute("title", "Question score");
            summary.add(score);
        }
        return summary;
    }

    private static Component content(
            QuestionTurns question,
            Map<Integer, QuestionReview> reviews,
            SerializableFunction<UUID, DownloadHandler> recordings,
            SerializableFunction<QuestionTurns, Component> actions) {
        var content = new Div();
        content.addClassName("mm-answer-section-content");
        question.turns().forEach(turn -> content.add(answer(turn, recordings)));
        var review = reviews.get(question.position());
        if (review != null) {
            content.add(
                    new QuestionTakeaways(review.keyPointsCovered(), review.keyPointsMissed(), review.exampleAnswer()));
        }
        content.add(actions.apply(question));
        return content;
    }

    private static Component answer(TurnDetails turn, SerializableFunction<UUID, DownloadHandler> recordings) {
        var block = new Div();
        block.addClassName("mm-answer-block");
        boolean spoken = turn.answerMode() == AnswerMode.VOICE;
        var heading = new H4((turn.followUpIndex() == 0 ? "Your answer" : "Follow-up: " + turn.promptText())
                + (spoken ? " (spoken)" : ""));
        block.add(heading);
        if (turn.answerText() == null) {
            block.add(new Paragraph("No transcript of this answer."));
        } else {
            var findings = turn.grammar() == null
                    ? List.<GrammarFinding>of()
                    : turn.grammar().findings();
            block.add(new HighlightedAnswer(turn.answerText(), evidence(turn.evaluation()), findings));
        }
        if (spoken && turn.spoken() != null && turn.spoken().hasRecording()) {
            block.getElement().appendChild(QuestionCards.ownRecording(turn, recordings));
        }
        if (turn.status() == TurnStatus.FAILED) {
            var failed = new Paragraph("This answer could not be evaluated: " + turn.failureReason());
            failed.addClassName("mm-failed");
            block.add(failed);
            return block;
        }
        if (turn.scores() != null) {
            block.add(new ScoreChips(turn.scores(), turn.evaluation()));
            if (turn.delivery() != null) {
                block.add(new DeliveryChips(turn.delivery()));
            }
        }
        var reaction = turn.reaction();
        if (reaction != null && !reaction.isBlank()) {
            var said = new Paragraph(new Span("Interviewer: "), new Span(reaction));
            said.addClassName("mm-answer-reaction");
            block.add(said);
        }
        if (turn.scores() != null) {
            block.add(new EvaluationDetails(turn));
        }
        return block;
    }

    private static Map<String, List<String>> evidence(@Nullable AnswerEvaluation evaluation) {
        if (evaluation == null) {
            return Map.of();
        }
        return Map.of(
                "technical", evaluation.technical().evidence(),
                "depth", evaluation.depth().evidence(),
                "communication", evaluation.communication().evidence(),
                "grammar", evaluation.grammar().evidence());
    }
}
