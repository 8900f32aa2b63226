package com.mockmate.resume.service;

import com.mockmate.resume.job.ResumeJob;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands a résumé to JobRunr once the row that asks for it is committed, so the job always finds it. */
@Component
class ResumeQueue {

    private final JobScheduler jobs;

    ResumeQueue(JobScheduler jobs) {
        this.jobs = jobs;
    }

    void enqueueAfterCommit(UUID resumeId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.<ResumeJob>enqueue(job -> job.generate(resumeId));
            }
        });
    }
}
