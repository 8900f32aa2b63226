package com.mockmate.speech;

import org.jspecify.annotations.Nullable;

/**
 * A speech provider could not do its work. {@code retryable} is true for timeouts, 408, 429 and 5xx. The message is
 * technical (it may name tools, hosts and temporary files) and goes to the log; it never contains a key. Candidates
 * see a readable reason chosen by the kind of failure instead.
 */
public class SpeechCallException extends RuntimeException {

    private final boolean retryable;

    public SpeechCallException(String message, boolean retryable, @Nullable Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
