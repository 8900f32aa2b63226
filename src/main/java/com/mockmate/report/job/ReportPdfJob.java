package com.mockmate.report.job;

import com.mockmate.report.service.ReportPdfs;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/** Renders a report's PDF in the background; the request that asked for it has long been answered. */
@Component
public class ReportPdfJob {

    private final ReportPdfs pdfs;

    ReportPdfJob(ReportPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @Job(name = "Render the PDF report of session %0", retries = 2)
    public void render(UUID sessionId) {
        pdfs.render(sessionId);
    }
}
