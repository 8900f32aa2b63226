package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlan;
import com.mockmate.assessment.service.InterviewPlans;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.evaluation.EvaluatorInUse;
import com.mockmate.interview.evaluation.TurnDispatcher;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.interview.summary.SessionCompletion;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs interviews: start, accept answers (stored and committed before anything evaluates them), retry, set aside,
 * finish. Everything that changes where a conversation stands happens under the session's Redis lock, so two requests
 * can never race for one question.
 */
@Service
public class InterviewService {

    private static final List<TurnStatus> OPEN =
            List.of(TurnStatus.TRANSCRIBING, TurnStatus.AWAITING_REVIEW, TurnStatus.PENDING);

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final InterviewQueries queries;
    private final InterviewPlans plans;
    private final EvaluatorInUse evaluator;
    private final CandidateSummary candidates;
    private final LiveSessionStore liveState;
    private final SessionLock lock;
    private final AnswerIntake intake;
    private final TurnDispatcher dispatcher;
    private final SessionCompletion completion;
    private final OpenSessionLimit openSessions;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterviewService(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            InterviewQueries queries,
            InterviewPlans plans,
            EvaluatorInUse evaluator,
            CandidateSummary candidates,
            LiveSessionStore liveState,
            SessionLock lock,
            AnswerIntake intake,
            TurnDispatcher dispatcher,
            SessionCompletion completion,
            OpenSessionLimit openSessions,
            TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.turns = turns;
        this.queries = queries;
        this.plans = plans;
        this.evaluator = evaluator;
        this.candidates = candidates;
        this.liveState = liveState;
        this.lock = lock;
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.completion = completion;
        this.openSessions = openSessions;
        this.tx = tx;
        this.clock = clock;
    }

    /** Draws the test's questions once: the interview keeps them, whatever happens to the question bank later. */
    public SessionDetails start(AuthenticatedUser actor, UUID assessmentId) {
        var session = tx.execute(status -> {
            var questions = drawn(plans.forNewInterview(assessmentId));
            if (questions.count() == 0) {
                throw new ConflictException("This test has no questions yet.");
            }
            openSessions.requireRoomFor(actor.id());
            return sessions.save(new InterviewSession(
                    actor.id(),
                    assessmentId,
                    questions,
                    candidates.of(actor.id()),
                    evaluator.provider(),
                    clock.instant()));
        });
        var opening = liveState.start(session.getId(), session.getQuestions().count());
        return queries.detailsOfNew(session, opening);
    }

    public AcceptedAnswer submitAnswer(
            AuthenticatedUser actor, UUID sessionId, String answerText, String clientTurnId) {
        var answer = AnswerIntake.requireAnswer(answerText);
        AnswerIntake.requireClientTurnId(clientTurnId);
        var target = intake.target(actor, sessionId, clientTurnId);
        if (target.earlier().isPresent()) {
            return AcceptedAnswer.earlier(target.earlier().get());
        }
        var accepted = intake.accept(
                actor, target.session(), clientTurnId, slot -> slot.typed(clientTurnId, answer, clock.instant()));
        if (accepted.created()) {
            dispatcher.dispatchEvaluation(sessionId, accepted.turnId());
        }
        return accepted;
    }

    public TurnDetails retry(AuthenticatedUser actor, UUID sessionId, UUID turnId) {
        underLock(
                actor,
                sessionId,
                session -> tx.executeWithoutResult(status -> {
                    var turn = turns.findByIdAndSessionId(turnId, sessionId)
                            .orElseThrow(() -> new NotFoundException("No turn " + turnId + " in this session."));
                    if (turn.getStatus() != TurnStatus.FAILED) {
                        throw new ConflictException("Only a failed answer can be retried.");
                    }
                    if (!turn.canRetry()) {
                        throw new ConflictException("The recording of this answer was not kept, because trying it again"
                                + " could not succeed. Record your answer again.");
                    }
                    var state = liveState.current(session);
                    turn.retry(clock.instant());
                    turns.resetRecoveryAttempts(turnId);
                    liveState.replaceAfterCommit(sessionId, state.retried(turnId));
                }));
        dispatcher.dispatch(sessionId, turnId);
        return queries.turn(actor, sessionId, turnId);
    }

    /**
     * Sets an unfinished interview aside so that the candidate can start the test over: its answers stay, it gets no
     * score, and it no longer counts towards the open-interview limit.
     */
    public void abandon(AuthenticatedUser actor, UUID sessionId) {
        underLock(
                actor,
                sessionId,
                session -> tx.executeWithoutResult(status -> {
                    if (turns.existsBySessionIdAndStatusIn(sessionId, OPEN)) {
                        throw new ConflictException("An answer is still being evaluated; start over when it is done.");
                    }
                    sessions.findById(sessionId).orElseThrow().abandon();
                }));
        liveState.evict(sessionId);
    }

    public SessionDetails finish(AuthenticatedUser actor, UUID sessionId) {
        var session = queries.own(actor, sessionId);
        if (session.isInProgress()) {
            underLock(
                    actor,
                    sessionId,
                    own -> tx.executeWithoutResult(status -> {
                        var current = sessions.findById(sessionId).orElseThrow();
                        if (!current.isInProgress()) {
                            return;
                        }
                        if (turns.existsBySessionIdAndStatusIn(sessionId, OPEN)) {
                            throw new ConflictException("An answer is still being evaluated; finish when it is done.");
                        }
                        completion.complete(current);
                    }));
        }
        return queries.get(actor, sessionId);
    }

    /** Runs a change to a running session of the caller's while holding the session's lock. */
    private void underLock(AuthenticatedUser actor, UUID sessionId, Consumer<InterviewSession> change) {
        var session = queries.own(actor, sessionId);
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        var token = lock.tryAcquire(sessionId)
                .orElseThrow(
                        () -> new ConflictException("An answer is still being evaluated; try again when it is done."));
        try {
            change.accept(session);
        } finally {
            lock.release(sessionId, token);
        }
    }

    private static DrawnQuestions drawn(InterviewPlan plan) {
        return new DrawnQuestions(
                plan.title(),
                plan.questions().stream()
                        .map(q -> new DrawnQuestions.Question(
                                q.id(),
                                q.position(),
                                q.text(),
                                q.topic(),
                                q.difficulty().name(),
                                q.keyPoints(),
                                q.referenceAnswer(),
                                q.timeLimitSeconds()))
                        .toList());
    }
}
