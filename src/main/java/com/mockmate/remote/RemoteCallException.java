package com.mockmate.remote;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A call to a remote provider failed. {@link #retryable()} is what {@link RemoteRetry} decides by: true for timeouts,
 * connection failures, 408, 429 and 5xx. Messages never contain an API key.
 */
public class RemoteCallException extends RuntimeException {

    private final boolean retryable;
    private final @Nullable Duration retryAfter;

    public RemoteCallException(
            String message, boolean retryable, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** What the provider asked for (Retry-After or its own equivalent), if anything. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
