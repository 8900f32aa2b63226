package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlans;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.interview.live.ConversationReplay;
import com.mockmate.interview.live.InterviewRateLimits;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every answer goes through, typed or spoken: the client turn id makes a resubmission return the earlier turn,
 * the session must be the caller's and still running, the rate limit applies, and the turn is created under the
 * session's lock against the conversation as stored, so two answers can never race for one question.
 */
@Component
class AnswerIntake {

    /** Where the conversation stands when the new turn is made. */
    record Slot(
            InterviewSession session,
            UUID questionId,
            int position,
            int questionPosition,
            int followUpIndex,
            String prompt) {

        InterviewTurn typed(String clientTurnId, String answer, Instant now) {
            return new InterviewTurn(
                    session.getId(),
                    questionId,
                    position,
                    questionPosition,
                    followUpIndex,
                    prompt,
                    clientTurnId,
                    answer,
                    now);
        }

        InterviewTurn spoken(UUID turnId, String clientTurnId, SpokenAnswer recording, Instant now) {
            return InterviewTurn.spoken(
                    turnId,
                    session.getId(),
                    questionId,
                    position,
                    questionPosition,
                    followUpIndex,
                    prompt,
                    clientTurnId,
                    recording,
                    now);
        }
    }

    @FunctionalInterface
    interface TurnFactory {
        InterviewTurn create(Slot slot);
    }

    private final InterviewTurnRepository turns;
    private final InterviewQueries queries;
    private final InterviewPlans plans;
    private final SessionLock lock;
    private final LiveSessionStore liveState;
    private final InterviewRateLimits rateLimits;
    private final TransactionTemplate tx;

    AnswerIntake(
            InterviewTurnRepository turns,
            InterviewQueries queries,
            InterviewPlans plans,
            SessionLock lock,
            LiveSessionStore liveState,
            InterviewRateLimits rateLimits,
            TransactionTemplate tx) {
        this.turns = turns;
        this.queries = queries;
        this.plans = plans;
        this.lock = lock;
        this.liveState = liveState;
        this.rateLimits = rateLimits;
        this.tx = tx;
    }

    static String requireClientTurnId(@Nullable String clientTurnId) {
        if (clientTurnId == null
                || clientTurnId.isBlank()
                || clientTurnId.length() > InterviewTurn.CLIENT_TURN_ID_MAX) {
            throw new BadRequestException(
                    "clientTurnId must have 1 to " + InterviewTurn.CLIENT_TURN_ID_MAX + " characters.");
        }
        return clientTurnId;
    }

    /** The turn an earlier submission with this client turn id created, if any. Checks ownership first. */
    Optional<InterviewTurn> earlier(AuthenticatedUser actor, UUID sessionId, String clientTurnId) {
        queries.own(actor, sessionId);
        return turns.findBySessionIdAndClientTurnId(sessionId, clientTurnId);
    }

    /** Checks the session and the rate limit, then stores the new turn; returns it, or the duplicate it matched. */
    InterviewTurn accept(AuthenticatedUser actor, UUID sessionId, String clientTurnId, TurnFactory factory) {
        var session = queries.own(actor, sessionId);
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        rateLimits.checkAnswer(actor.id());
        var token = lock.tryAcquire(sessionId)
                .orElseThrow(() -> new ConflictException("Your previous answer is still being processed."));
        try {
            return tx.execute(status -> createTurn(session, clientTurnId, factory));
        } finally {
            lock.release(sessionId, token);
        }
    }

    private InterviewTurn createTurn(InterviewSession session, String clientTurnId, TurnFactory factory) {
        var all = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var duplicate = all.stream()
                .filter(t -> t.getClientTurnId().equals(clientTurnId))
                .findFirst();
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        if (all.stream().anyMatch(t -> t.getStatus().isOpen())) {
            throw new ConflictException("Your previous answer is still being processed.");
        }
        var plan = plans.forExistingInterview(session.getAssessmentId());
        var state = ConversationReplay.replay(all, plan.count(), true);
        if (state.finished()) {
            throw new ConflictException("All questions have been answered; finish the interview to see your results.");
        }
        var question = plan.question(state.questionPosition());
        var prompt = state.followUpPrompt() != null ? state.followUpPrompt() : question.text();
        var turn = turns.save(factory.create(new Slot(
                session, question.id(), all.size() + 1, state.questionPosition(), state.followUpsUsed(), prompt)));
        var withTurn = new ArrayList<>(all);
        withTurn.add(turn);
        liveState.save(session.getId(), ConversationReplay.replay(List.copyOf(withTurn), plan.count(), true));
        return turn;
    }
}
