package com.mockmate.speech;

import com.mockmate.remote.RemoteCallException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A speech provider could not do its work. {@code retryable} is true for timeouts, 408, 429 and 5xx. The message is
 * technical (it may name tools, hosts and temporary files) and goes to the log; it never contains a key. Candidates
 * see a readable reason chosen by the kind of failure instead.
 */
public class SpeechCallException extends RemoteCallException {

    public SpeechCallException(String message, boolean retryable, @Nullable Throwable cause) {
        this(message, retryable, null, cause);
    }

    public SpeechCallException(
            String message, boolean retryable, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, retryable, retryAfter, cause);
    }
}
