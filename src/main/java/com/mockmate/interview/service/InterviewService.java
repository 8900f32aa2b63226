package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlans;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.evaluation.TurnDispatcher;
import com.mockmate.interview.live.ConversationReplay;
import com.mockmate.interview.live.InterviewEvent;
import com.mockmate.interview.live.InterviewEventBus;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.summary.SessionCompletion;
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs interviews: start, accept answers (stored and committed before anything evaluates them), retry, finish. Answers
 * are accepted under the session's Redis lock, so two answers can never race for one question.
 */
@Service
public class InterviewService {

    /** Whether an answer created a new turn or matched an earlier submission with the same client turn id. */
    public record Submission(TurnDetails turn, boolean created) {}

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final InterviewQueries queries;
    private final InterviewPlans plans;
    private final TurnEvaluator evaluator;
    private final LiveSessionStore liveState;
    private final AnswerIntake intake;
    private final TurnDispatcher dispatcher;
    private final SessionCompletion completion;
    private final OpenSessionLimit openSessions;
    private final InterviewEventBus events;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterviewService(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            InterviewQueries queries,
            InterviewPlans plans,
            TurnEvaluator evaluator,
            LiveSessionStore liveState,
            AnswerIntake intake,
            TurnDispatcher dispatcher,
            SessionCompletion completion,
            OpenSessionLimit openSessions,
            InterviewEventBus events,
            TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.turns = turns;
        this.queries = queries;
        this.plans = plans;
        this.evaluator = evaluator;
        this.liveState = liveState;
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.completion = completion;
        this.openSessions = openSessions;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public SessionDetails start(AuthenticatedUser actor, UUID assessmentId) {
        var plan = plans.forNewInterview(assessmentId);
        if (plan.count() == 0) {
            throw new ConflictException("This test has no questions yet.");
        }
        var session = tx.execute(status -> {
            openSessions.requireRoomFor(actor.id());
            return sessions.save(new InterviewSession(actor.id(), assessmentId, evaluator.provider(), clock.instant()));
        });
        liveState.save(session.getId(), ConversationReplay.replay(List.of(), plan.count(), true));
        return queries.get(actor, session.getId());
    }

    public Submission submitAnswer(AuthenticatedUser actor, UUID sessionId, String answerText, String clientTurnId) {
        var answer = answerText == null ? "" : answerText.strip();
        if (answer.isEmpty() || answer.length() > InterviewTurn.ANSWER_MAX) {
            throw new BadRequestException("An answer must have 1 to " + InterviewTurn.ANSWER_MAX + " characters.");
        }
        AnswerIntake.requireClientTurnId(clientTurnId);
        var earlier = intake.earlier(actor, sessionId, clientTurnId);
        if (earlier.isPresent()) {
            return new Submission(queries.turn(actor, sessionId, earlier.get().getId()), false);
        }
        var turn = intake.accept(
                actor, sessionId, clientTurnId, slot -> slot.typed(clientTurnId, answer, clock.instant()));
        dispatcher.dispatchEvaluation(turn.getId());
        return new Submission(queries.turn(actor, sessionId, turn.getId()), true);
    }

    public TurnDetails retry(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        var session = queries.own(actor, sessionId);
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        tx.executeWithoutResult(status -> {
            var turn = turns.findByIdAndSessionId(turnId, sessionId)
                    .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."));
            if (turn.getStatus() != TurnStatus.FAILED) {
                throw new ConflictException("Only a failed answer can be retried.");
            }
            if (!turn.canRetry()) {
                throw new ConflictException("The recording of this answer was not kept, because trying it again"
                        + " could not succeed. Record your answer again.");
            }
            turn.retry(clock.instant());
            turns.resetRecoveryAttempts(turnId);
        });
        dispatcher.dispatch(turnId);
        return queries.turn(actor, sessionId, turnId);
    }

    /**
     * Sets an unfinished interview aside so that the candidate can start the test over: its answers stay, it gets no
     * score, and it no longer counts towards the open-interview limit.
     */
    public void abandon(AuthenticatedUser actor, UUID sessionId) {
        var session = queries.own(actor, sessionId);
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        tx.executeWithoutResult(status -> {
            if (turns.existsBySessionIdAndStatusIn(
                    sessionId, List.of(TurnStatus.TRANSCRIBING, TurnStatus.AWAITING_REVIEW, TurnStatus.PENDING))) {
                throw new ConflictException("An answer is still being evaluated; start over when it is done.");
            }
            sessions.findById(sessionId).orElseThrow().abandon();
        });
        liveState.evict(sessionId);
    }

    public SessionDetails finish(AuthenticatedUser actor, UUID sessionId) {
        var session = queries.own(actor, sessionId);
        if (session.isInProgress()) {
            tx.executeWithoutResult(status -> {
                var current = sessions.findById(sessionId).orElseThrow();
                if (turns.existsBySessionIdAndStatusIn(
                        sessionId, List.of(TurnStatus.TRANSCRIBING, TurnStatus.AWAITING_REVIEW, TurnStatus.PENDING))) {
                    throw new ConflictException("An answer is still being evaluated; finish when it is done.");
                }
                completion.complete(current, plans.forExistingInterview(current.getAssessmentId()));
            });
            events.publish(new InterviewEvent(InterviewEvent.SESSION_COMPLETED, sessionId, actor.id(), null));
        }
        return queries.get(actor, sessionId);
    }
}
