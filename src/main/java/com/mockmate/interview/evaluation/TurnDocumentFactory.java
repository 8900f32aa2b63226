package com.mockmate.interview.evaluation;

import com.mockmate.assessment.service.InterviewPlan;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.live.LiveSessionState;
import com.mockmate.llm.DeliveryEvidence;
import com.mockmate.llm.TurnDocument;
import com.mockmate.llm.TurnDocument.PriorScore;
import com.mockmate.scoring.GrammarReport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the one JSON document a turn sends to the model: profile summary, session facts, the question with its answer
 * key, this answer only, and the scores of earlier turns. No earlier answer text ever goes in.
 */
@Component
class TurnDocumentFactory {

    private final InterviewProperties properties;

    TurnDocumentFactory(InterviewProperties properties) {
        this.properties = properties;
    }

    TurnDocument build(
            InterviewPlan plan,
            InterviewTurn turn,
            LiveSessionState state,
            String profileSummary,
            GrammarReport grammar,
            List<InterviewTurn> earlierTurns,
            Map<UUID, TurnScore> scoresByTurn) {
        var question = plan.question(turn.getQuestionPosition());
        var session = new TurnDocument.SessionFacts(
                plan.title(),
                question.topic(),
                question.difficulty().name(),
                turn.getQuestionPosition(),
                plan.count(),
                state.followUpsUsed(),
                properties.maxFollowUps(),
                turn.getFollowUpIndex() > 0 ? turn.getPromptText() : null);
        var facts = new TurnDocument.QuestionFacts(question.text(), question.keyPoints(), question.referenceAnswer());
        var prior = earlierTurns.stream()
                .filter(t -> scoresByTurn.containsKey(t.getId()))
                .map(t -> priorScore(t, scoresByTurn.get(t.getId())))
                .toList();
        return new TurnDocument(
                profileSummary, session, facts, turn.getAnswerText(), prior, grammar, delivery(turn.getSpoken()));
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

    private static PriorScore priorScore(InterviewTurn turn, TurnScore score) {
        var card = score.toCard();
        return new PriorScore(
                turn.getQuestionPosition(),
                card.technical().doubleValue(),
                card.depth().doubleValue(),
                card.communication().doubleValue(),
                card.grammar().doubleValue(),
                card.total().doubleValue());
    }
}
