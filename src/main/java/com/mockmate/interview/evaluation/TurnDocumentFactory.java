package com.mockmate.interview.evaluation;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.interview.live.LiveSessionState;
import com.mockmate.llm.DeliveryEvidence;
import com.mockmate.llm.TurnDocument;
import com.mockmate.llm.TurnDocument.PriorScore;
import com.mockmate.scoring.GrammarReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the one JSON document a turn sends to the model from its {@link TurnContext}: profile summary, session facts,
 * the question with its answer key, this answer only, and the scores of earlier turns. No earlier answer text ever
 * goes in.
 */
@Component
class TurnDocumentFactory {

    private final InterviewProperties properties;

    TurnDocumentFactory(InterviewProperties properties) {
        this.properties = properties;
    }

    TurnDocument build(TurnContext context, GrammarReport grammar) {
        var turn = context.turn();
        var questions = context.questions();
        var question = context.question();
        var session = new TurnDocument.SessionFacts(
                questions.title(),
                question.topic(),
                question.difficulty(),
                turn.getQuestionPosition(),
                questions.count(),
                context.state().followUpsUsed(),
                properties.maxFollowUps(),
                turn.getFollowUpIndex() > 0 ? turn.getPromptText() : null);
        var facts = new TurnDocument.QuestionFacts(question.text(), question.keyPoints(), question.referenceAnswer());
        var prior = context.state().scores().stream()
                .map(TurnDocumentFactory::priorScore)
                .toList();
        return new TurnDocument(
                context.session().getProfileSummary(),
                session,
                facts,
                turn.getAnswerText(),
                prior,
                grammar,
                delivery(turn.getSpoken()));
    }

    private static @Nullable DeliveryEvidence delivery(SpokenAnswer spoken) {
        var metrics = spoken.getDelivery();
        if (metrics == null) {
            return null;
        }
        return new DeliveryEvidence(
                metrics.durationSeconds(),
                metrics.wordsPerMinute(),
                metrics.fillerWordCount(),
                metrics.fillers(),
                metrics.longPauses(),
                metrics.estimated());
    }

    private static PriorScore priorScore(LiveSessionState.ScoredAnswer scored) {
        var card = scored.card();
        return new PriorScore(
                scored.questionPosition(),
                card.technical().doubleValue(),
                card.depth().doubleValue(),
                card.communication().doubleValue(),
                card.grammar().doubleValue(),
                card.total().doubleValue());
    }
}
