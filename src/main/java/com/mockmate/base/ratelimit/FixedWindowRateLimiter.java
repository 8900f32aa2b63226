package com.mockmate.base.ratelimit;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts events per key in fixed windows in Redis, so every instance enforces the same limit. The first event of a
 * window sets its expiry in the same atomic step (see {@link WindowCounter}); nothing needs cleaning up.
 */
@Component
public class FixedWindowRateLimiter {

    private final WindowCounter counter;

    FixedWindowRateLimiter(WindowCounter counter) {
        this.counter = counter;
    }

    /** Counts one event; returns how long to wait when this event exceeds the limit (the event is then not allowed). */
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        var count = counter.increment(key, window);
        return count.exceeds(limit) ? Optional.of(count.retryAfter()) : Optional.empty();
    }
}
