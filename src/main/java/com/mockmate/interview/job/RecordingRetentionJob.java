package com.mockmate.interview.job;

import com.mockmate.interview.service.RecordingService;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Deletes answer recordings older than MOCKMATE_AUDIO_RETENTION_DAYS, every night. */
@Component
public class RecordingRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RecordingRetentionJob.class);

    private final RecordingService recordings;

    RecordingRetentionJob(RecordingService recordings) {
        this.recordings = recordings;
    }

    @Recurring(id = "delete-expired-recordings", cron = "30 3 * * *")
    @Job(name = "Delete expired answer recordings")
    public void deleteExpired() {
        int deleted = recordings.deleteExpiredRecordings();
        log.info("Deleted {} answer recordings past their retention period", deleted);
    }
}
