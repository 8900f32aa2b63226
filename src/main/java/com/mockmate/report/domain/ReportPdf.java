package com.mockmate.report.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The PDF of one session's report: its id is the session's. */
@Entity
@Table(name = "report_pdfs")
public class ReportPdf extends AbstractEntity {

    public static final int FAILURE_REASON_MAX = 500;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportPdfStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "size_bytes")
    private @Nullable Long sizeBytes;

    @Column(name = "failure_reason", length = FAILURE_REASON_MAX)
    private @Nullable String failureReason;

    @Version
    private long version;

    protected ReportPdf() {}

    public ReportPdf(UUID sessionId, UUID userId, Instant requestedAt) {
        assignId(sessionId);
        this.userId = userId;
        this.status = ReportPdfStatus.QUEUED;
        this.requestedAt = requestedAt;
    }

    /** The blob key: reports/&lt;userId&gt;/&lt;sessionId&gt;.pdf. */
    public String blobKey() {
        return "reports/" + userId + "/" + getId() + ".pdf";
    }

    public void requestAgain(Instant now) {
        status = ReportPdfStatus.QUEUED;
        requestedAt = now;
        finishedAt = null;
        failureReason = null;
    }

    public void rendering() {
        status = ReportPdfStatus.RENDERING;
    }

    public void ready(long size, Instant now) {
        status = ReportPdfStatus.READY;
        sizeBytes = size;
        finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        status = ReportPdfStatus.FAILED;
        failureReason = reason.length() > FAILURE_REASON_MAX ? reason.substring(0, FAILURE_REASON_MAX) : reason;
        finishedAt = now;
    }

    public UUID getUserId() {
        return userId;
    }

    public ReportPdfStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    public @Nullable Long getSizeBytes() {
        return sizeBytes;
    }

    public @Nullable String getFailureReason() {
        return failureReason;
    }
}
