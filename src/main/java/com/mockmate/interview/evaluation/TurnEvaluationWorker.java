package com.mockmate.interview.evaluation;

import com.mockmate.interview.live.InterviewEventBus;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.scoring.GrammarChecker;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates one PENDING turn under the session's lock. Idempotent: a turn that is no longer PENDING is left alone, so
 * the fast path and the durable fallback job can both call it safely.
 */
@Component
public class TurnEvaluationWorker {

    private static final Logger log = LoggerFactory.getLogger(TurnEvaluationWorker.class);

    /** What happened when asked to evaluate. */
    public enum Result {
        DONE,
        NOTHING_TO_DO,
        BUSY
    }

    private final SessionLock lock;
    private final TurnEvaluationSteps steps;
    private final TurnEvaluator evaluator;
    private final GrammarChecker grammarChecker;
    private final InterviewEventBus events;
    private final EvaluationLatency latency;
    private final Clock clock;

    TurnEvaluationWorker(
            SessionLock lock,
            TurnEvaluationSteps steps,
            TurnEvaluator evaluator,
            GrammarChecker grammarChecker,
            InterviewEventBus events,
            EvaluationLatency latency,
            Clock clock) {
        this.lock = lock;
        this.steps = steps;
        this.evaluator = evaluator;
        this.grammarChecker = grammarChecker;
        this.events = events;
        this.latency = latency;
        this.clock = clock;
    }

    public Result evaluate(UUID turnId) {
        latency.started(turnId, clock.instant());
        // Read before taking the lock: a PENDING turn's answer does not change, and prepare() checks the status again.
        var input = steps.grammarInput(turnId);
        if (input.isEmpty()) {
            return Result.NOTHING_TO_DO;
        }
        var sessionId = input.get().sessionId();
        var token = lock.tryAcquire(sessionId);
        if (token.isEmpty()) {
            return Result.BUSY;
        }
        try {
            var grammar = grammarChecker.check(input.get().answer(), input.get().vocabulary());
            var preparation = steps.prepare(turnId, grammar);
            if (preparation.isEmpty()) {
                return Result.NOTHING_TO_DO;
            }
            var recorded = switch (preparation.get()) {
                case TurnEvaluationSteps.Finished finished -> finished.events();
                case TurnEvaluationSteps.Ready ready ->
                    steps.record(turnId, evaluator.evaluate(ready.document(), turnId));
            };
            recorded.forEach(events::publish);
            return Result.DONE;
        } catch (RuntimeException e) {
            log.error("Evaluating turn {} failed unexpectedly; the fallback job will retry it", turnId, e);
            throw e;
        } finally {
            lock.release(sessionId, token.get());
        }
    }
}
