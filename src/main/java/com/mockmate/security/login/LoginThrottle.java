package com.mockmate.security.login;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters of failed logins per username and per client address. A window starts at the first failure
 * and the key expires with it, so nothing needs cleaning up.
 */
@Component
class LoginThrottle {

    private static final String PREFIX = "mockmate:login-failures:";

    private final StringRedisTemplate redis;
    private final LoginThrottleProperties properties;

    LoginThrottle(StringRedisTemplate redis, LoginThrottleProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** How long the caller must wait, if either window is full. */
    Optional<Duration> blockedFor(String username, @Nullable String ip) {
        var byUser = blockedFor(userKey(username), properties.maxFailuresPerUsername());
        if (byUser.isPresent() || ip == null) {
            return byUser;
        }
        return blockedFor(ipKey(ip), properties.maxFailuresPerIp());
    }

    /** Counts a failure; answers whether this failure filled a window (the moment worth auditing as a lockout). */
    boolean recordFailure(String username, @Nullable String ip) {
        boolean filled = increment(userKey(username)) == properties.maxFailuresPerUsername();
        if (ip != null) {
            filled |= increment(ipKey(ip)) == properties.maxFailuresPerIp();
        }
        return filled;
    }

    void recordSuccess(String username) {
        redis.delete(userKey(username));
    }

    private Optional<Duration> blockedFor(String key, int limit) {
        var value = redis.opsForValue().get(key);
        if (value == null || Long.parseLong(value) < limit) {
            return Optional.empty();
        }
        var ttl = redis.getExpire(key);
        return Optional.of(Duration.ofSeconds(ttl == null || ttl < 1 ? 1 : ttl));
    }

    private long increment(String key) {
        var count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, properties.window());
        }
        return count == null ? 0 : count;
    }

    private static String userKey(String username) {
        return PREFIX + "user:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String ipKey(String ip) {
        return PREFIX + "ip:" + ip;
    }
}
