package com.mockmate.llm;

import org.jspecify.annotations.Nullable;

/** The raw text a model returned, untrusted until validated, with the token counts it reported. */
public record ModelCompletion(
        String text,
        @Nullable Integer promptTokens,
        @Nullable Integer completionTokens) {}
