package com.mockmate.speech;

import org.jspecify.annotations.Nullable;

/**
 * A speech provider could not do its work. {@code retryable} is true for timeouts, 408, 429 and 5xx; the message is
 * shown to the candidate as the turn's failure reason, so it is readable and never contains a key.
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
