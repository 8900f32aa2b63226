package com.mockmate.interview.domain;

import com.mockmate.base.domain.AbstractEntity;
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

/**
 * The summary of a completed interview written after completion by a background job: its id is the session's. It
 * records who wrote it (provider, model, prompt version) so a reader can tell a model's summary from the offline one.
 */
@Entity
@Table(name = "session_summaries")
public class WrittenSummary extends AbstractEntity {

    public static final int FAILURE_REASON_MAX = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SummaryStatus status = SummaryStatus.WRITING;

    private @Nullable String provider;

    private @Nullable String model;

    @Column(name = "prompt_version")
    private @Nullable String promptVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable SummaryContent content;

    @Column(name = "failure_reason", length = FAILURE_REASON_MAX)
    private @Nullable String failureReason;

    @Column(name = "model_calls", nullable = false)
    private int modelCalls;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WrittenSummary() {}

    /** A summary about to be written, created with the session's completion. */
    public WrittenSummary(UUID sessionId, Instant now) {
        assignId(sessionId);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isWriting() {
        return status == SummaryStatus.WRITING;
    }

    /** Written by the named provider and model with the named prompt ("offline" for the offline summary). */
    public void ready(SummaryContent written, Author author, int calls, Instant now) {
        finish(SummaryStatus.READY, written, author, null, calls, now);
    }

    /** The model gave up: the offline summary stands in, and why the model's is missing is kept. */
    public void failed(SummaryContent offline, Author author, String reason, int calls, Instant now) {
        var shortened = reason.length() > FAILURE_REASON_MAX ? reason.substring(0, FAILURE_REASON_MAX) : reason;
        finish(SummaryStatus.FAILED, offline, author, shortened, calls, now);
    }

    private void finish(
            SummaryStatus finalStatus,
            SummaryContent written,
            Author author,
            @Nullable String reason,
            int calls,
            Instant now) {
        this.status = finalStatus;
        this.content = written;
        this.provider = author.provider();
        this.model = author.model();
        this.promptVersion = author.promptVersion();
        this.failureReason = reason;
        this.modelCalls = calls;
        this.updatedAt = now;
    }

    /** Who wrote a summary. */
    public record Author(String provider, String model, String promptVersion) {

        public boolean offline() {
            return "offline".equals(provider);
        }
    }

    public SummaryStatus getStatus() {
        return status;
    }

    public @Nullable Author getAuthor() {
        return provider == null || model == null || promptVersion == null
                ? null
                : new Author(provider, model, promptVersion);
    }

    public @Nullable SummaryContent getContent() {
        return content;
    }

    public @Nullable String getFailureReason() {
        return failureReason;
    }

    public int getModelCalls() {
        return modelCalls;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
