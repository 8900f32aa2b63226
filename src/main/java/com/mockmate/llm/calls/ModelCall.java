package com.mockmate.llm.calls;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One call to a model, as the call log records it. The error message must not contain keys or candidate text. */
public record ModelCall(
        String provider,
        String model,
        long latencyMs,
        @Nullable Integer promptTokens,
        @Nullable Integer completionTokens,
        CallOutcome outcome,
        @Nullable String errorMessage,
        @Nullable UUID turnId) {}
