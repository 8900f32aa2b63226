package com.mockmate.report.domain;

public enum ReportPdfStatus {
    QUEUED,
    RENDERING,
    READY,
    FAILED;

    /** Whether a job is (about to be) working on it, so asking again would only render the same twice. */
    public boolean inProgress() {
        return this == QUEUED || this == RENDERING;
    }
}
