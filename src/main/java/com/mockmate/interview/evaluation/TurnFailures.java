package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnFailed;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.live.LiveSessionStore;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.interview.voice.RecordingStore;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a turn that processing cannot finish: after an {@link Error} (out of memory, a stack overflow) or after the
 * stalled-turn recovery gave up on it. Such a turn would otherwise be taken up again every minute, forever. A turn
 * that failed while being transcribed loses its recording, the likely cause (a decompression bomb, say); one that
 * failed while being evaluated keeps it, and can be tried again.
 */
@Component
class TurnFailures {

    static final String RECORDING_NOT_PROCESSED =
            "We could not process this recording. Please record your answer again, or type it.";
    static final String ANSWER_NOT_EVALUATED = "We could not evaluate this answer because of a problem on the server."
            + " Press \"Try again\" in a moment.";

    private final InterviewTurnRepository turns;
    private final InterviewSessionRepository sessions;
    private final RecordingStore recordings;
    private final SessionLock lock;
    private final LiveSessionStore liveState;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    TurnFailures(
            InterviewTurnRepository turns,
            InterviewSessionRepository sessions,
            RecordingStore recordings,
            SessionLock lock,
            LiveSessionStore liveState,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.turns = turns;
        this.sessions = sessions;
        this.recordings = recordings;
        this.lock = lock;
        this.liveState = liveState;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Fails the turn if it is still being transcribed or evaluated, under its session's lock. Returns false when
     * somebody else holds the lock (the turn is being worked on) or the turn has moved on meanwhile.
     */
    boolean fail(UUID turnId) {
        var sessionId = turns.findById(turnId).map(InterviewTurn::getSessionId);
        if (sessionId.isEmpty()) {
            return false;
        }
        var token = lock.tryAcquire(sessionId.get());
        if (token.isEmpty()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(status -> failOpenTurn(turnId)));
        } finally {
            lock.release(sessionId.get(), token.get());
        }
    }

    private boolean failOpenTurn(UUID turnId) {
        var turn = turns.findById(turnId).orElseThrow();
        var now = clock.instant();
        String reason;
        if (turn.getStatus() == TurnStatus.TRANSCRIBING) {
            reason = RECORDING_NOT_PROCESSED;
            turn.failed(reason, null, 0, now);
            var key = turn.getSpoken().getAudioKey();
            if (key != null) {
                recordings.delete(key);
                turn.recordingDeleted(now);
            }
        } else if (turn.getStatus() == TurnStatus.PENDING) {
            reason = ANSWER_NOT_EVALUATED;
            turn.failed(reason, null, 0, now);
        } else {
            return false;
        }
        var userId = sessions.findById(turn.getSessionId()).orElseThrow().getUserId();
        events.publishEvent(new TurnFailed(turn.getSessionId(), userId, turnId, reason));
        liveState.evict(turn.getSessionId());
        return true;
    }
}
