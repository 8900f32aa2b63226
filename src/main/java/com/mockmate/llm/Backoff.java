package com.mockmate.llm;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Exponential backoff with full jitter: the n-th retry waits a random time in [0, min(cap, base·2ⁿ)]. A provider's
 * Retry-After wins when given, but never beyond the cap, so one turn cannot stall for minutes.
 */
final class Backoff {

    static final Duration BASE = Duration.ofMillis(500);
    static final Duration CAP = Duration.ofSeconds(8);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    static Backoff standard() {
        return new Backoff(BASE, CAP, RandomGenerator.getDefault());
    }

    /** @param retry 0 for the first retry */
    Duration delay(int retry, @Nullable Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        }
        var ceiling = base.toMillis() << Math.min(retry, 20);
        ceiling = Math.min(ceiling, cap.toMillis());
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }
}
