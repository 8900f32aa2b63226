package com.mockmate.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A failed call to a model provider. Messages must never contain API keys. */
public class ModelCallException extends RuntimeException {

    private final boolean retryable;
    private final @Nullable Duration retryAfter;

    public ModelCallException(
            String message, boolean retryable, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** What the provider asked for (Retry-After), if anything. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
