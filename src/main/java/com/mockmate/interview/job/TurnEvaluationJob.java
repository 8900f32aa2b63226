package com.mockmate.interview.job;

import com.mockmate.interview.service.TurnEvaluationWorker;
import com.mockmate.interview.service.TurnPipeline;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * The durable fallback of a turn's evaluation. Usually the fast path has finished long before and this finds nothing
 * to do. If the session is busy (an evaluation still running elsewhere) it fails, so JobRunr retries it later.
 */
@Component
public class TurnEvaluationJob {

    private final TurnPipeline pipeline;

    TurnEvaluationJob(TurnPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Job(name = "Transcribe and evaluate interview turn %0", retries = 10)
    public void evaluate(UUID turnId) {
        if (pipeline.advance(turnId) == TurnEvaluationWorker.Result.BUSY) {
            throw new IllegalStateException("Session of turn " + turnId + " is busy; retrying later");
        }
    }
}
