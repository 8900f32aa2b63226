package com.mockmate.base.ratelimit;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts events per key in fixed windows in Redis, so every instance enforces the same limit. The first event of a
 * window sets its expiry; nothing needs cleaning up.
 */
@Component
public class FixedWindowRateLimiter {

    private final StringRedisTemplate redis;

    FixedWindowRateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts one event; returns how long to wait when this event exceeds the limit (the event is then not allowed). */
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        var count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, window);
        }
        if (count == null || count <= limit) {
            return Optional.empty();
        }
        var ttl = redis.getExpire(key);
        return Optional.of(Duration.ofSeconds(ttl == null || ttl < 1 ? 1 : ttl));
    }
}
