package com.mockmate.interview.evaluation;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.InterviewerLines;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.interview.domain.TurnEvaluated;
import com.mockmate.interview.domain.TurnFailed;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.live.ConversationReplay;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.summary.SessionCompletion;
import com.mockmate.llm.EvaluationOutcome;
import com.mockmate.scoring.ScoreCalculator;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what evaluating a turn came to, in one short transaction after the model call: the evidence, then the
 * evaluation, its score and the interviewer's next line, or the failure; the events that announce it; the live state
 * after it; and, after the last answer, the session's results.
 */
@Component
class TurnEvaluationSteps {

    private final InterviewTurnRepository turns;
    private final InterviewSessionRepository sessions;
    private final TurnScoreRepository scores;
    private final ScoreCalculator scoreCalculator;
    private final SessionCompletion completion;
    private final LiveSessionStore liveState;
    private final ApplicationEventPublisher events;
    private final InterviewProperties properties;
    private final Clock clock;

    TurnEvaluationSteps(
            InterviewTurnRepository turns,
            InterviewSessionRepository sessions,
            TurnScoreRepository scores,
            ScoreCalculator scoreCalculator,
            SessionCompletion completion,
            LiveSessionStore liveState,
            ApplicationEventPublisher events,
            InterviewProperties properties,
            Clock clock) {
        this.turns = turns;
        this.sessions = sessions;
        this.scores = scores;
        this.scoreCalculator = scoreCalculator;
        this.completion = completion;
        this.liveState = liveState;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void record(TurnContext context, AnswerEvidence evidence, EvaluationOutcome outcome) {
        switch (outcome) {
            case EvaluationOutcome.Evaluated evaluated -> evaluated(context, evidence, evaluated);
            case EvaluationOutcome.Failed failed ->
                fail(context, evidence, failed.reason(), failed.provider(), failed.attempts());
        }
    }

    @Transactional
    public void fail(TurnContext context, AnswerEvidence evidence, String reason) {
        fail(context, evidence, reason, null, 0);
    }

    private void evaluated(TurnContext context, AnswerEvidence evidence, EvaluationOutcome.Evaluated evaluated) {
        var turn = pending(context, evidence);
        if (turn == null) {
            return;
        }
        var now = clock.instant();
        var reply = evaluated.reply();
        var evaluation = AnswerEvaluations.of(reply.evaluation());
        var action =
                ConversationReplay.effectiveAction(evaluation.nextAction(), context.state(), properties.maxFollowUps());
        var text = InterviewerLines.afterAnswer(
                reply.interviewerText(), action, context.questions(), turn.getQuestionPosition());
        turn.evaluated(evaluation, text, action, evaluated.provider(), evaluated.model(), evaluated.attempts(), now);
        var card = scoreCalculator.score(evaluation.ratings());
        scores.save(new TurnScore(turn.getId(), card, now));
        events.publishEvent(new TurnEvaluated(
                context.sessionId(),
                context.userId(),
                turn.getId(),
                turn.getQuestionId(),
                turn.getQuestionPosition(),
                card.total()));
        liveState.replaceAfterCommit(
                context.sessionId(), context.state().evaluated(action, text, turn.getQuestionPosition(), card));
        if (action == NextAction.END) {
            turns.flush();
            completion.complete(sessions.findById(context.sessionId()).orElseThrow());
        }
    }

    private void fail(
            TurnContext context, AnswerEvidence evidence, String reason, @Nullable String provider, int attempts) {
        var turn = pending(context, evidence);
        if (turn == null) {
            return;
        }
        turn.failed(reason, provider, attempts, clock.instant());
        events.publishEvent(new TurnFailed(context.sessionId(), context.userId(), turn.getId(), reason));
        liveState.replaceAfterCommit(context.sessionId(), context.state().failed());
    }

    /** The turn, still PENDING, with the evidence gathered on it; null when somebody else finished it meanwhile. */
    private @Nullable InterviewTurn pending(TurnContext context, AnswerEvidence evidence) {
        var turn = turns.findById(context.turnId())
                .filter(t -> t.getStatus() == TurnStatus.PENDING)
                .orElse(null);
        if (turn != null) {
            turn.startEvaluation(evidence.grammar(), evidence.injectionFlags(), evidence.startedAt());
        }
        return turn;
    }
}
