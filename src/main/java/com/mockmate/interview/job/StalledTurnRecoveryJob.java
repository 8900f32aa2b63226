package com.mockmate.interview.job;

import com.mockmate.interview.evaluation.StalledTurnRecovery;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

/** Every minute, on whichever instance picks it up: carries on turns whose instance died before finishing them. */
@Component
public class StalledTurnRecoveryJob {

    private final StalledTurnRecovery recovery;

    StalledTurnRecoveryJob(StalledTurnRecovery recovery) {
        this.recovery = recovery;
    }

    @Recurring(id = "recover-stalled-interview-turns", cron = "* * * * *")
    @Job(name = "Recover stalled interview turns", retries = 0)
    public void recover() {
        recovery.recover();
    }
}
