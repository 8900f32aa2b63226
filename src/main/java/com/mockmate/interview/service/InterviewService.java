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
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.ArrayList;
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
    public record Submission(TurnView turn, boolean created) {}

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final InterviewQueries queries;
    private final InterviewPlans plans;
    private final TurnEvaluator evaluator;
    private final SessionLock lock;
    private final LiveSessionStore liveState;
    private final InterviewRateLimits rateLimits;
    private final TurnDispatcher dispatcher;
    private final SessionCompletion completion;
    private final InterviewEventBus events;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterviewService(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            InterviewQueries queries,
            InterviewPlans plans,
            TurnEvaluator evaluator,
            SessionLock lock,
            LiveSessionStore liveState,
            InterviewRateLimits rateLimits,
            TurnDispatcher dispatcher,
            SessionCompletion completion,
            InterviewEventBus events,
            TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.turns = turns;
        this.queries = queries;
        this.plans = plans;
        this.evaluator = evaluator;
        this.lock = lock;
        this.liveState = liveState;
        this.rateLimits = rateLimits;
        this.dispatcher = dispatcher;
        this.completion = completion;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public SessionView start(AuthenticatedUser actor, UUID assessmentId) {
        var plan = plans.forNewInterview(assessmentId);
        if (plan.count() == 0) {
            throw new ConflictException("This test has no questions yet.");
        }
        var session = tx.execute(status ->
                sessions.save(new InterviewSession(actor.id(), assessmentId, evaluator.provider(), clock.instant())));
        liveState.save(session.getId(), ConversationReplay.replay(List.of(), plan.count(), true));
        return queries.get(actor, session.getId());
    }

    public Submission submitAnswer(AuthenticatedUser actor, UUID sessionId, String answerText, String clientTurnId) {
        var answer = answerText == null ? "" : answerText.strip();
        if (answer.isEmpty() || answer.length() > InterviewTurn.ANSWER_MAX) {
            throw new BadRequestException("An answer must have 1 to " + InterviewTurn.ANSWER_MAX + " characters.");
        }
        if (clientTurnId == null
                || clientTurnId.isBlank()
                || clientTurnId.length() > InterviewTurn.CLIENT_TURN_ID_MAX) {
            throw new BadRequestException(
                    "clientTurnId must have 1 to " + InterviewTurn.CLIENT_TURN_ID_MAX + " characters.");
        }
        var session = queries.own(actor, sessionId);
        var earlier = turns.findBySessionIdAndClientTurnId(sessionId, clientTurnId);
        if (earlier.isPresent()) {
            return new Submission(queries.turn(actor, sessionId, earlier.get().getId()), false);
        }
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        rateLimits.checkAnswer(actor.id());
        var token = lock.tryAcquire(sessionId)
                .orElseThrow(() -> new ConflictException("Your previous answer is still being processed."));
        InterviewTurn turn;
        try {
            turn = tx.execute(status -> createTurn(session, answer, clientTurnId));
        } finally {
            lock.release(sessionId, token);
        }
        dispatcher.dispatch(turn.getId(), 0);
        return new Submission(queries.turn(actor, sessionId, turn.getId()), true);
    }

    public TurnView retry(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        var session = queries.own(actor, sessionId);
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        var attempt = tx.execute(status -> {
            var turn = turns.findByIdAndSessionId(turnId, sessionId)
                    .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."));
            if (turn.getStatus() != TurnStatus.FAILED) {
                throw new ConflictException("Only a failed answer can be retried.");
            }
            turn.retry(clock.instant());
            return turn.getAttempts();
        });
        dispatcher.dispatch(turnId, attempt);
        return queries.turn(actor, sessionId, turnId);
    }

    public SessionView finish(AuthenticatedUser actor, UUID sessionId) {
        var session = queries.own(actor, sessionId);
        if (session.isInProgress()) {
            tx.executeWithoutResult(status -> {
                var current = sessions.findById(sessionId).orElseThrow();
                if (turns.existsBySessionIdAndStatusIn(
                        sessionId, List.of(TurnStatus.PENDING, TurnStatus.TRANSCRIBING))) {
                    throw new ConflictException("An answer is still being evaluated; finish when it is done.");
                }
                completion.complete(current, plans.forExistingInterview(current.getAssessmentId()));
            });
            events.publish(new InterviewEvent(InterviewEvent.SESSION_COMPLETED, sessionId, actor.id(), null));
        }
        return queries.get(actor, sessionId);
    }

    private static List<InterviewTurn> append(List<InterviewTurn> turnList, InterviewTurn turn) {
        var result = new ArrayList<>(turnList);
        result.add(turn);
        return result;
    }

    private InterviewTurn createTurn(InterviewSession session, String answer, String clientTurnId) {
        var all = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var duplicate = all.stream()
                .filter(t -> t.getClientTurnId().equals(clientTurnId))
                .findFirst();
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        if (all.stream()
                .anyMatch(t -> t.getStatus() == TurnStatus.PENDING || t.getStatus() == TurnStatus.TRANSCRIBING)) {
            throw new ConflictException("Your previous answer is still being evaluated.");
        }
        var plan = plans.forExistingInterview(session.getAssessmentId());
        var state = ConversationReplay.replay(all, plan.count(), true);
        if (state.finished()) {
            throw new ConflictException("All questions have been answered; finish the interview to see your results.");
        }
        var question = plan.question(state.questionPosition());
        var prompt = state.followUpPrompt() != null ? state.followUpPrompt() : question.text();
        var turn = turns.save(new InterviewTurn(
                session.getId(),
                question.id(),
                all.size() + 1,
                state.questionPosition(),
                state.followUpsUsed(),
                prompt,
                clientTurnId,
                answer,
                clock.instant()));
        liveState.save(session.getId(), ConversationReplay.replay(append(all, turn), plan.count(), true));
        return turn;
    }
}
