package com.mockmate.resume.job;

import com.mockmate.resume.service.ResumeWriting;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/** Writes, checks and renders a résumé in the background; the request that asked for it was answered with 202. */
@Component
public class ResumeJob {

    private final ResumeWriting writing;

    ResumeJob(ResumeWriting writing) {
        this.writing = writing;
    }

    @Job(name = "Write résumé %0", retries = 2)
    public void generate(UUID resumeId) {
        writing.write(resumeId);
    }
}
