package com.mockmate.resume.domain;

import com.mockmate.base.domain.AbstractEntity;
import com.mockmate.resume.match.KeywordMatch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One version of a candidate's résumé: what was asked, what was written, by whom, and where its files are. */
@Entity
@Table(name = "resumes")
public class Resume extends AbstractEntity {

    public static final int TARGET_ROLE_MAX = 120;
    public static final int JOB_DESCRIPTION_MAX = 20_000;
    public static final int FAILURE_REASON_MAX = 500;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResumeStatus status;

    @Column(name = "target_role", nullable = false, updatable = false, length = TARGET_ROLE_MAX)
    private String targetRole;

    @Column(name = "job_description", updatable = false)
    private @Nullable String jobDescription;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable ResumeContent content;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "keyword_match")
    private @Nullable KeywordMatch keywordMatch;

    private @Nullable String provider;

    private @Nullable String model;

    @Column(name = "prompt_version")
    private @Nullable String promptVersion;

    private boolean edited;

    @Column(name = "pdf_size_bytes")
    private @Nullable Long pdfSizeBytes;

    @Column(name = "failure_reason", length = FAILURE_REASON_MAX)
    private @Nullable String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Resume() {}

    public Resume(UUID userId, String targetRole, @Nullable String jobDescription, Instant now) {
        this.userId = userId;
        this.targetRole = targetRole;
        this.jobDescription = jobDescription;
        this.status = ResumeStatus.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** resumes/&lt;userId&gt;/&lt;id&gt;.pdf */
    public String pdfKey() {
        return folder(userId) + getId() + ".pdf";
    }

    /** resumes/&lt;userId&gt;/&lt;id&gt;.json */
    public String jsonKey() {
        return folder(userId) + getId() + ".json";
    }

    private static String folder(UUID userId) {
        return "resumes/" + userId + "/";
    }

    /** The job has picked it up; false when it is no longer waiting (already done, or retried after finishing). */
    public boolean startGenerating(Instant now) {
        if (status != ResumeStatus.QUEUED && status != ResumeStatus.GENERATING) {
            return false;
        }
        status = ResumeStatus.GENERATING;
        updatedAt = now;
        return true;
    }

    public void generated(
            ResumeContent written,
            @Nullable KeywordMatch match,
            String byProvider,
            String byModel,
            String withPrompt,
            long pdfBytes,
            Instant now) {
        status = ResumeStatus.READY;
        content = written;
        keywordMatch = match;
        provider = byProvider;
        model = byModel;
        promptVersion = withPrompt;
        pdfSizeBytes = pdfBytes;
        failureReason = null;
        updatedAt = now;
    }

    public void failed(
            String reason,
            @Nullable String byProvider,
            @Nullable String byModel,
            @Nullable String withPrompt,
            Instant now) {
        status = ResumeStatus.FAILED;
        provider = byProvider;
        model = byModel;
        promptVersion = withPrompt;
        failureReason =
                reason.length() > FAILURE_REASON_MAX ? reason.substring(0, FAILURE_REASON_MAX - 1) + "…" : reason;
        updatedAt = now;
    }

    /** The candidate's own edit, already checked, with the PDF rendered from it. */
    public void edit(ResumeContent changed, @Nullable KeywordMatch match, long pdfBytes, Instant now) {
        content = changed;
        keywordMatch = match;
        pdfSizeBytes = pdfBytes;
        edited = true;
        updatedAt = now;
    }

    public UUID getUserId() {
        return userId;
    }

    public ResumeStatus getStatus() {
        return status;
    }

    public String getTargetRole() {
        return targetRole;
    }

    public @Nullable String getJobDescription() {
        return jobDescription;
    }

    public @Nullable ResumeContent getContent() {
        return content;
    }

    public @Nullable KeywordMatch getKeywordMatch() {
        return keywordMatch;
    }

    public @Nullable String getProvider() {
        return provider;
    }

    public @Nullable String getModel() {
        return model;
    }

    public @Nullable String getPromptVersion() {
        return promptVersion;
    }

    public boolean isEdited() {
        return edited;
    }

    public @Nullable Long getPdfSizeBytes() {
        return pdfSizeBytes;
    }

    public @Nullable String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
