package com.mockmate.llm;

import com.mockmate.remote.RemoteCallException;
import com.mockmate.remote.RemoteHttp;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A failed call to a model provider. Messages must never contain API keys. */
public class ModelCallException extends RemoteCallException {

    public ModelCallException(
            String message, boolean retryable, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, retryable, retryAfter, cause);
    }

    /** Timeouts and connection failures: retryable, with a message that says which. */
    public static ModelCallException transportFailure(String provider, IOException e) {
        var what = RemoteHttp.timedOut(e)
                ? "no answer before the timeout"
                : "connection failed: " + e.getClass().getSimpleName();
        return new ModelCallException(provider + ": " + what, true, null, e);
    }
}
