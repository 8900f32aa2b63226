package com.mockmate.interview.evaluation;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnStatus;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The durable half of the turn pipeline. Every turn starts on an in-process virtual thread at once; if that instance
 * dies mid-turn, the turn stays TRANSCRIBING or PENDING in PostgreSQL, and this recovery (run every minute by a JobRunr
 * recurring job, on whichever instance gets it) carries on every turn that has not moved for {@code fallbackDelay}.
 * A turn still being worked on holds its session's lock and is skipped until the next run.
 *
 * <p>Each attempt is counted before it starts, so a turn that kills whoever works on it still uses up its attempts;
 * after {@code recoveryMaxAttempts} of them, or at once after an {@link Error}, the turn fails with a reason.
 */
@Service
public class StalledTurnRecovery {

    private static final Logger log = LoggerFactory.getLogger(StalledTurnRecovery.class);
    private static final List<TurnStatus> IN_PROGRESS = List.of(TurnStatus.TRANSCRIBING, TurnStatus.PENDING);

    private final InterviewTurnRepository turns;
    private final TurnPipeline pipeline;
    private final TurnFailures failures;
    private final InterviewProperties properties;
    private final Clock clock;

    StalledTurnRecovery(
            InterviewTurnRepository turns,
            TurnPipeline pipeline,
            TurnFailures failures,
            InterviewProperties properties,
            Clock clock) {
        this.turns = turns;
        this.pipeline = pipeline;
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many stalled turns were carried on or ended; busy ones are left for the next run. */
    public int recover() {
        var cutoff = clock.instant().minus(properties.fallbackDelay());
        var stalled = turns.findByStatusInAndUpdatedAtBefore(IN_PROGRESS, cutoff);
        int recovered = 0;
        for (var turn : stalled) {
            if (recover(turn)) {
                recovered++;
            }
        }
        if (!stalled.isEmpty()) {
            log.info("Recovered {} of {} stalled interview turns", recovered, stalled.size());
        }
        return recovered;
    }

    private boolean recover(InterviewTurn turn) {
        var turnId = turn.getId();
        if (turn.getRecoveryAttempts() >= properties.recoveryMaxAttempts()) {
            log.warn(
                    "Turn {} still unfinished after {} recovery attempts; it fails",
                    turnId,
                    turn.getRecoveryAttempts());
            return failures.fail(turnId);
        }
        turns.addRecoveryAttempts(turnId, 1);
        try {
            var result = pipeline.advance(turn.getSessionId(), turnId);
            if (result == TurnEvaluationWorker.Result.BUSY) {
                // Someone is working on it: not an attempt of ours.
                turns.addRecoveryAttempts(turnId, -1);
            }
            return result == TurnEvaluationWorker.Result.DONE;
        } catch (RuntimeException e) {
            log.warn("Recovering turn {} failed; the next run tries again", turnId, e);
            return false;
        } catch (Error e) {
            log.error("Recovering turn {} stopped with an error; the turn fails", turnId, e);
            return failAfterError(turnId);
        }
    }

    private boolean failAfterError(UUID turnId) {
        try {
            return failures.fail(turnId);
        } catch (RuntimeException | Error e) {
            log.error("Could not mark turn {} as failed ({}); the next run tries again", turnId, e.toString());
            return false;
        }
    }
}
