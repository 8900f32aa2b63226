package com.mockmate.llm.calls;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One call to a model, as the call log records it. The error message must not contain keys or candidate text.
 *
 * @param turnId the turn a {@link CallPurpose#TURN} call evaluated
 * @param sessionId the session a {@link CallPurpose#SUMMARY} call summarised
 * @param resumeId the résumé a {@link CallPurpose#RESUME} call wrote
 */
public record ModelCall(
        String provider,
        String model,
        long latencyMs,
        @Nullable Integer promptTokens,
        @Nullable Integer completionTokens,
        CallOutcome outcome,
        @Nullable String errorMessage,
        @Nullable UUID turnId,
        CallPurpose purpose,
        @Nullable UUID sessionId,
        @Nullable UUID resumeId) {}
