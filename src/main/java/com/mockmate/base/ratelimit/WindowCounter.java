package com.mockmate.base.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The one way MockMate counts in Redis: fixed windows whose counter and expiry change in a single Lua script, so no
 * crash or concurrent caller can leave a counter without an expiry (which would be a limit that never resets) and
 * every caller sees its own position in the window. The window starts with the first event and is never extended.
 */
@Component
public class WindowCounter {

    /** INCR, give the key its window if it has no expiry (new, or left behind without one), answer {count, pttl}. */
    private static final RedisScript<List> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, List.class);

    /** Gives back one event, only while its window still exists: a DECR after expiry would create a key for ever. */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            if count > 0 then
              return redis.call('DECR', KEYS[1])
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    WindowCounter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts one event in the key's window, opening a window of the given length if none is open. */
    public Count increment(String key, Duration window) {
        var reply = redis.execute(INCREMENT, List.of(key), Long.toString(Math.max(1, window.toMillis())));
        if (reply == null || reply.size() != 2) {
            throw new IllegalStateException("Redis answered the window counter with " + reply);
        }
        return new Count(((Number) reply.get(0)).longValue(), Duration.ofMillis(((Number) reply.get(1)).longValue()));
    }

    /** Takes back an event counted by {@link #increment} that turned out not to count, such as a correct password. */
    public void release(String key) {
        redis.execute(RELEASE, List.of(key));
    }

    /** Closes the window: the next event starts a new one. */
    public void reset(String key) {
        redis.delete(key);
    }

    /** Where an event landed in its window: its number, and how long the window still lasts. */
    public record Count(long value, Duration remaining) {

        public boolean exceeds(long limit) {
            return value > limit;
        }

        /** The wait to announce in Retry-After: never less than a second. */
        public Duration retryAfter() {
            return remaining.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : remaining;
        }
    }
}
