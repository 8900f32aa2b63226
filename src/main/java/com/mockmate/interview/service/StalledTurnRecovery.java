package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnStatus;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The durable half of the turn pipeline. Every turn starts on an in-process virtual thread at once; if that instance
 * dies mid-turn, the turn stays TRANSCRIBING or PENDING in PostgreSQL, and this recovery (run every minute by a JobRunr
 * recurring job, on whichever instance gets it) carries on every turn that has not moved for {@code fallbackDelay}.
 * A turn still being worked on holds its session's lock and is skipped until the next run.
 */
@Service
public class StalledTurnRecovery {

    private static final Logger log = LoggerFactory.getLogger(StalledTurnRecovery.class);
    private static final List<TurnStatus> IN_PROGRESS = List.of(TurnStatus.TRANSCRIBING, TurnStatus.PENDING);

    private final InterviewTurnRepository turns;
    private final TurnPipeline pipeline;
    private final InterviewProperties properties;
    private final Clock clock;

    StalledTurnRecovery(
            InterviewTurnRepository turns, TurnPipeline pipeline, InterviewProperties properties, Clock clock) {
        this.turns = turns;
        this.pipeline = pipeline;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many stalled turns were carried on; busy ones are left for the next run. */
    public int recover() {
        var cutoff = clock.instant().minus(properties.fallbackDelay());
        var stalled = turns.findByStatusInAndUpdatedAtBefore(IN_PROGRESS, cutoff).stream()
                .map(InterviewTurn::getId)
                .toList();
        int recovered = 0;
        for (var turnId : stalled) {
            try {
                if (pipeline.advance(turnId) == TurnEvaluationWorker.Result.DONE) {
                    recovered++;
                }
            } catch (RuntimeException e) {
                log.warn("Recovering turn {} failed; the next run tries again", turnId, e);
            }
        }
        if (!stalled.isEmpty()) {
            log.info("Recovered {} of {} stalled interview turns", recovered, stalled.size());
        }
        return recovered;
    }
}
