package com.mockmate.interview.service;

import com.mockmate.interview.job.TurnEvaluationJob;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts evaluation at once on an in-process virtual thread (JobRunr's open-source edition polls, which a conversation
 * cannot wait for) and records a JobRunr job as the durable fallback: if this instance dies mid-turn, any instance
 * picks the job up after {@code fallbackDelay} and carries the turn on (transcription, then evaluation) from where it stopped. The job id is derived from the
 * turn and attempt, so scheduling twice never duplicates it.
 */
@Component
class TurnDispatcher {

    private static final Logger log = LoggerFactory.getLogger(TurnDispatcher.class);

    private final TurnPipeline pipeline;
    private final JobScheduler jobs;
    private final InterviewProperties properties;
    private final EvaluationLatency latency;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;

    TurnDispatcher(
            TurnPipeline pipeline,
            JobScheduler jobs,
            InterviewProperties properties,
            EvaluationLatency latency,
            Clock clock) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        this.properties = properties;
        this.latency = latency;
        this.clock = clock;
        this.permits = new Semaphore(properties.maxConcurrentEvaluations());
    }

    /**
     * @param stage what this dispatch is for ("attempt-0", "attempt-2", "confirmed"): a new stage gets its own
     *     fallback job, while dispatching the same stage twice keeps one
     */
    void dispatch(UUID turnId, String stage) {
        var accepted = clock.instant();
        jobs.<TurnEvaluationJob>schedule(
                fallbackJobId(turnId, stage), accepted.plus(properties.fallbackDelay()), job -> job.evaluate(turnId));
        latency.accepted(turnId, accepted);
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
                    "Fast-path evaluation of turn {} failed ({}); the fallback job will pick it up",
                    turnId,
                    e.toString());
        } finally {
            permits.release();
        }
    }

    static UUID fallbackJobId(UUID turnId, String stage) {
        return UUID.nameUUIDFromBytes(("evaluate-turn:" + turnId + ":" + stage).getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
