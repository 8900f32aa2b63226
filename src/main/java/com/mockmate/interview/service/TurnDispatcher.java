package com.mockmate.interview.service;

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
 * first, and {@link StalledTurnRecovery} carries on any turn an instance left unfinished.
 */
@Component
class TurnDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TurnDispatcher.class);

    private final TurnPipeline pipeline;
    private final EvaluationLatency latency;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;

    TurnDispatcher(TurnPipeline pipeline, InterviewProperties properties, EvaluationLatency latency, Clock clock) {
        this.pipeline = pipeline;
        this.latency = latency;
        this.clock = clock;
        this.permits = new Semaphore(properties.maxConcurrentEvaluations());
    }

    void dispatch(UUID turnId) {
        latency.accepted(turnId, clock.instant());
        executor.submit(() -> runFastPath(turnId));
    }

    private void runFastPath(UUID turnId) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            pipeline.advance(turnId);
        } catch (RuntimeException e) {
            log.warn(
                    "Fast-path processing of turn {} failed ({}); stalled-turn recovery will pick it up",
                    turnId,
                    e.toString());
        } finally {
            permits.release();
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
