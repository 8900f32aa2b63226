package com.mockmate.interview.job;

import com.mockmate.interview.evaluation.StalledSummaryRecovery;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

/** Every five minutes, on whichever instance picks it up: ends summaries whose job never finished. */
@Component
public class StalledSummaryRecoveryJob {

    private final StalledSummaryRecovery recovery;

    StalledSummaryRecoveryJob(StalledSummaryRecovery recovery) {
        this.recovery = recovery;
    }

    @Recurring(id = "recover-stalled-session-summaries", cron = "*/5 * * * *")
    @Job(name = "End stalled session summaries", retries = 0)
    public void recover() {
        recovery.recover();
    }
}
