package com.mockmate.resume.domain;

/** A résumé's way from request to file: QUEUED → GENERATING → READY, or FAILED with a reason. */
public enum ResumeStatus {
    QUEUED,
    GENERATING,
    READY,
    FAILED;

    public boolean inProgress() {
        return this == QUEUED || this == GENERATING;
    }
}
