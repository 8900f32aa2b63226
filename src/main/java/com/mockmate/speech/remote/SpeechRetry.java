package com.mockmate.speech.remote;

import com.mockmate.speech.SpeechCallException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy of the remote speech providers: a bounded number of attempts for retryable failures (timeouts,
 * 408, 429, 5xx), waiting a random time in [0, min(cap, base·2ⁿ)] before the n-th retry so that many turns failing at
 * once do not come back in step.
 */
public final class SpeechRetry {

    private static final Logger log = LoggerFactory.getLogger(SpeechRetry.class);

    static final int STANDARD_ATTEMPTS = 3;
    static final Duration STANDARD_BASE = Duration.ofMillis(500);
    static final Duration STANDARD_CAP = Duration.ofSeconds(4);

    /** Waits between attempts; tests pass one that only records the delays. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    public SpeechRetry(int maxAttempts, Duration base, Duration cap, Sleeper sleeper, RandomGenerator random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed");
        }
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Three attempts, the first retry within 0.5 s, the second within 1 s. */
    public static SpeechRetry standard() {
        return new SpeechRetry(
                STANDARD_ATTEMPTS, STANDARD_BASE, STANDARD_CAP, Thread::sleep, RandomGenerator.getDefault());
    }

    /** One attempt: for callers that retry on their own (a background job, for instance). */
    public static SpeechRetry none() {
        return new SpeechRetry(1, Duration.ZERO, Duration.ZERO, Thread::sleep, RandomGenerator.getDefault());
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    <T> T run(String provider, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SpeechCallException e) {
                if (!e.retryable()) {
                    throw e;
                }
                if (attempt == maxAttempts) {
                    throw gaveUp(e, attempt);
                }
                var delay = delay(attempt - 1);
                log.warn(
                        "{} call failed (attempt {} of {}): {}; retrying in {} ms",
                        provider,
                        attempt,
                        maxAttempts,
                        e.getMessage(),
                        delay.toMillis());
                pause(delay, e);
            }
        }
    }

    Duration delay(int retry) {
        var ceiling = Math.min(base.toMillis() << Math.min(retry, 20), cap.toMillis());
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    private void pause(Duration delay, SpeechCallException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechCallException(failure.getMessage() + "; interrupted before retrying", true, failure);
        }
    }

    private static SpeechCallException gaveUp(SpeechCallException last, int attempts) {
        if (attempts == 1) {
            return last;
        }
        return new SpeechCallException(last.getMessage() + " (" + attempts + " attempts)", true, last);
    }
}
