package com.mockmate.interview.evaluation;

import com.mockmate.interview.InterviewProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a turn's transcription and evaluation at once on an in-process virtual thread: JobRunr's open-source edition
 * polls for jobs, which a conversation cannot wait for. Durability does not depend on this thread: the turn is stored
 * first, and {@link StalledTurnRecovery} carries on any turn an instance left unfinished. An {@link Error} (out of
 * memory, say) is not left to the recovery, which would only meet it again: the turn fails at once with a reason.
 */
@Component
public class TurnDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TurnDispatcher.class);

    private final TurnPipeline pipeline;
    private final TurnFailures failures;
    private final EvaluationLatency latency;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;

    TurnDispatcher(
            TurnPipeline pipeline,
            TurnFailures failures,
            InterviewProperties properties,
            EvaluationLatency latency,
            Clock clock) {
        this.pipeline = pipeline;
        this.failures = failures;
        this.latency = latency;
        this.clock = clock;
        this.permits = new Semaphore(properties.maxConcurrentEvaluations());
    }

    /** Carries a turn on from wherever it stands: transcription first if it is a recording. */
    public void dispatch(UUID sessionId, UUID turnId) {
        start(turnId, () -> pipeline.advance(sessionId, turnId));
    }

    /** For a turn known to be PENDING (a typed answer, a confirmed transcript): straight to evaluation. */
    public void dispatchEvaluation(UUID sessionId, UUID turnId) {
        start(turnId, () -> pipeline.evaluate(sessionId, turnId));
    }

    private void start(UUID turnId, Runnable work) {
        latency.accepted(turnId, clock.instant());
        executor.submit(() -> runFastPath(turnId, work));
    }

    private void runFastPath(UUID turnId, Runnable work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn(
                    "Fast-path processing of turn {} failed ({}); stalled-turn recovery will pick it up",
                    turnId,
                    e.toString());
        } catch (Error e) {
            log.error("Processing turn {} stopped with an error; the turn fails", turnId, e);
            failAfterError(turnId);
        } finally {
            permits.release();
        }
    }

    private void failAfterError(UUID turnId) {
        try {
            failures.fail(turnId);
        } catch (RuntimeException | Error e) {
            log.error("Could not mark turn {} as failed ({}); the stalled-turn recovery will", turnId, e.toString());
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
