package com.mockmate.llm.calls;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A logged model call. No foreign key to the turn: cost and reliability history outlives deleted sessions. */
@Entity
@Table(name = "llm_calls")
public class LlmCall extends AbstractEntity {

    public static final int PROVIDER_MAX = 40;
    public static final int MODEL_MAX = 100;
    public static final int ERROR_MESSAGE_MAX = 1000;

    @Column(name = "turn_id")
    private @Nullable UUID turnId;

    @Column(nullable = false, length = PROVIDER_MAX)
    private String provider;

    @Column(nullable = false, length = MODEL_MAX)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "prompt_tokens")
    private @Nullable Integer promptTokens;

    @Column(name = "completion_tokens")
    private @Nullable Integer completionTokens;

    @Column(name = "error_message", length = ERROR_MESSAGE_MAX)
    private @Nullable String errorMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallPurpose purpose;

    @Column(name = "session_id")
    private @Nullable UUID sessionId;

    @Column(name = "resume_id")
    private @Nullable UUID resumeId;

    protected LlmCall() {}

    LlmCall(ModelCall call, Instant createdAt) {
        this.turnId = call.turnId();
        this.provider = truncate(call.provider(), PROVIDER_MAX);
        this.model = truncate(call.model(), MODEL_MAX);
        this.outcome = call.outcome();
        this.latencyMs = call.latencyMs();
        this.promptTokens = call.promptTokens();
        this.completionTokens = call.completionTokens();
        this.errorMessage = call.errorMessage() == null ? null : truncate(call.errorMessage(), ERROR_MESSAGE_MAX);
        this.createdAt = createdAt;
        this.purpose = call.purpose();
        this.sessionId = call.sessionId();
        this.resumeId = call.resumeId();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public @Nullable UUID getTurnId() {
        return turnId;
    }

    public String getProvider() {
        return provider;
    }

    public String getModel() {
        return model;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public long getLatencyMs() {
        return latencyMs;
    }

    public @Nullable Integer getPromptTokens() {
        return promptTokens;
    }

    public @Nullable Integer getCompletionTokens() {
        return completionTokens;
    }

    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CallPurpose getPurpose() {
        return purpose;
    }

    public @Nullable UUID getSessionId() {
        return sessionId;
    }

    public @Nullable UUID getResumeId() {
        return resumeId;
    }
}
