package com.mockmate.interview.job;

import com.mockmate.interview.domain.SessionCompleted;
import com.mockmate.interview.evaluation.SessionSummaryWriting;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes a completed test interview's summary in the background, on whichever instance picks the job up. Enqueued
 * once the completion has committed, under an id derived from the session, so that JobRunr keeps one job per session
 * however often it is enqueued; the writing itself skips a summary that is no longer being written. Practice
 * sessions get none (see {@code SessionCompletion}).
 */
@Component
public class SessionSummaryJob {

    private static final Logger log = LoggerFactory.getLogger(SessionSummaryJob.class);

    private final SessionSummaryWriting writing;
    private final JobScheduler jobs;

    SessionSummaryJob(SessionSummaryWriting writing, JobScheduler jobs) {
        this.writing = writing;
        this.jobs = jobs;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onCompleted(SessionCompleted completed) {
        if (completed.practice()) {
            return;
        }
        var sessionId = completed.sessionId();
        try {
            jobs.<SessionSummaryJob>enqueue(jobId(sessionId), job -> job.write(sessionId));
        } catch (RuntimeException e) {
            // The completion is committed and its summary stands; only the written one is missing.
            log.warn("Could not queue the summary of session {}: {}", sessionId, e.toString());
        }
    }

    @Job(name = "Write the summary of session %0", retries = 2)
    public void write(UUID sessionId) {
        writing.write(sessionId);
    }

    static UUID jobId(UUID sessionId) {
        return UUID.nameUUIDFromBytes(("session-summary:" + sessionId).getBytes(StandardCharsets.UTF_8));
    }
}
