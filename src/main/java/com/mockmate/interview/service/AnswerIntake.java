package com.mockmate.interview.service;

import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.ConflictException;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.interview.live.InterviewRateLimits;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every answer goes through, typed or spoken, and the one place its input is checked: the client turn id makes a
 * resubmission return the earlier turn, the session must be the caller's (read once per request) and still running,
 * the rate limit applies, and the turn is created under the session's lock where the live state says the conversation
 * stands, so two answers can never race for one question.
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
    private final SessionLock lock;
    private final LiveSessionStore liveState;
    private final InterviewRateLimits rateLimits;
    private final TransactionTemplate tx;

    AnswerIntake(
            InterviewTurnRepository turns,
            InterviewQueries queries,
            SessionLock lock,
            LiveSessionStore liveState,
            InterviewRateLimits rateLimits,
            TransactionTemplate tx) {
        this.turns = turns;
        this.queries = queries;
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

    static String requireAnswer(@Nullable String text) {
        var answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > InterviewTurn.ANSWER_MAX) {
            throw new BadRequestException("An answer must have 1 to " + InterviewTurn.ANSWER_MAX + " characters.");
        }
        return answer;
    }

    /** The caller's session (checked once, here) and the turn an earlier submission with this id created, if any. */
    record Target(InterviewSession session, Optional<InterviewTurn> earlier) {}

    Target target(AuthenticatedUser actor, UUID sessionId, String clientTurnId) {
        return Objects.requireNonNull(tx.execute(status -> new Target(
                queries.own(actor, sessionId), turns.findBySessionIdAndClientTurnId(sessionId, clientTurnId))));
    }

    /**
     * Checks the session and the rate limit, then stores the new turn under the session's lock, placed where the live
     * state says the conversation stands. Returns the new turn, or the one a concurrent duplicate created.
     */
    AcceptedAnswer accept(AuthenticatedUser actor, InterviewSession session, String clientTurnId, TurnFactory factory) {
        if (!session.isInProgress()) {
            throw new ConflictException("This interview is finished.");
        }
        rateLimits.checkAnswer(actor.id());
        var sessionId = session.getId();
        var token = lock.tryAcquire(sessionId)
                .orElseThrow(() -> new ConflictException("Your previous answer is still being processed."));
        try {
            return createTurn(session, clientTurnId, factory);
        } finally {
            lock.release(sessionId, token);
        }
    }

    private AcceptedAnswer createTurn(InterviewSession session, String clientTurnId, TurnFactory factory) {
        var state = liveState.current(session);
        if (state.inFlightTurnId() != null) {
            throw new ConflictException("Your previous answer is still being processed.");
        }
        if (state.finished()) {
            throw new ConflictException("All questions have been answered; finish the interview to see your results.");
        }
        var question = session.getQuestions().question(state.questionPosition());
        var prompt = state.followUpPrompt() != null ? state.followUpPrompt() : question.text();
        var slot = new Slot(
                session, question.id(), state.turnCount() + 1, state.questionPosition(), state.followUpsUsed(), prompt);
        try {
            return AcceptedAnswer.created(Objects.requireNonNull(tx.execute(status -> {
                var turn = turns.saveAndFlush(factory.create(slot));
                liveState.replaceAfterCommit(session.getId(), state.accepted(turn.getId()));
                return turn;
            })));
        } catch (DataIntegrityViolationException clash) {
            // The same client turn id won a race (return its turn), or the live state was behind the stored turns.
            return turns.findBySessionIdAndClientTurnId(session.getId(), clientTurnId)
                    .map(AcceptedAnswer::earlier)
                    .orElseThrow(
                            () -> new ConflictException("The interview moved on meanwhile; send your answer again."));
        }
    }
}
