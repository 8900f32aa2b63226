package com.mockmate.report.service;

import com.mockmate.report.job.ReportPdfJob;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands a rendering to JobRunr once the row that asks for it is committed, so the job always finds it. */
@Component
class ReportPdfQueue {

    private final JobScheduler jobs;

    ReportPdfQueue(JobScheduler jobs) {
        this.jobs = jobs;
    }

    void enqueueAfterCommit(UUID sessionId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.<ReportPdfJob>enqueue(job -> job.render(sessionId));
            }
        });
    }
}
