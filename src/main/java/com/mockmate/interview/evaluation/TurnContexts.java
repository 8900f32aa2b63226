package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.live.LiveSessionStore;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a {@link TurnContext}: two reads in one transaction, and the live state from Redis. */
@Component
class TurnContexts {

    private final InterviewTurnRepository turns;
    private final InterviewSessionRepository sessions;
    private final LiveSessionStore liveState;

    TurnContexts(InterviewTurnRepository turns, InterviewSessionRepository sessions, LiveSessionStore liveState) {
        this.turns = turns;
        this.sessions = sessions;
        this.liveState = liveState;
    }

    /** The context of a turn still waiting for evaluation; empty once it has moved on. Call under the lock. */
    @Transactional(readOnly = true)
    public Optional<TurnContext> pending(UUID turnId) {
        return turns.findById(turnId)
                .filter(t -> t.getStatus() == TurnStatus.PENDING)
                .map(turn -> {
                    var session = sessions.findById(turn.getSessionId()).orElseThrow();
                    return new TurnContext(session, turn, liveState.current(session));
                });
    }
}
