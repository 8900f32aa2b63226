package com.mockmate.profile.job;

import com.mockmate.interview.domain.SessionCompleted;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks for new insights once a completed interview is committed. The job's id derives from the session, so a repeated
 * event enqueues nothing new: JobRunr keeps one job per id.
 */
@Component
class InsightsOnCompletion {

    private final JobScheduler jobs;

    InsightsOnCompletion(JobScheduler jobs) {
        this.jobs = jobs;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SessionCompleted completed) {
        var userId = completed.userId();
        var sessionId = completed.sessionId();
        jobs.<ProfileInsightsJob>enqueue(jobId(sessionId), job -> job.recompute(userId, sessionId));
    }

    static UUID jobId(UUID sessionId) {
        return UUID.nameUUIDFromBytes(("profile-insights:" + sessionId).getBytes(StandardCharsets.UTF_8));
    }
}
