package com.mockmate.profile.job;

import com.mockmate.interview.domain.SessionCompleted;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks for new insights once a completed interview is committed. The job's id derives from the session, so a repeated
 * event enqueues nothing new: JobRunr keeps one job per id.
 */
@Component
class InsightsOnCompletion {

    private static final Logger log = LoggerFactory.getLogger(InsightsOnCompletion.class);

    private final JobScheduler jobs;

    InsightsOnCompletion(JobScheduler jobs) {
        this.jobs = jobs;
    }

    /**
     * A failure here must not reach the interview whose commit triggered it: the interview is complete either way, and
     * the next completed interview recomputes everything.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SessionCompleted completed) {
        var userId = completed.userId();
        var sessionId = completed.sessionId();
        try {
            jobs.<ProfileInsightsJob>enqueue(jobId(sessionId), job -> job.recompute(userId, sessionId));
        } catch (RuntimeException e) {
            log.warn("Could not enqueue the profile insights of session {}: {}", sessionId, e.toString());
        }
    }

    static UUID jobId(UUID sessionId) {
        return UUID.nameUUIDFromBytes(("profile-insights:" + sessionId).getBytes(StandardCharsets.UTF_8));
    }
}
