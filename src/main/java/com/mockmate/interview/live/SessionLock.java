package com.mockmate.interview.live;

import com.mockmate.interview.InterviewProperties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A per-session lock in Redis, shared by all instances: SET NX with an expiry, released only by the holder of the
 * random token (compare-and-delete in Lua), so a lock that outlived its holder can never be freed by someone else.
 */
@Component
public class SessionLock {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final InterviewProperties properties;

    SessionLock(StringRedisTemplate redis, InterviewProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** The token proving ownership, or empty when somebody else holds the lock. */
    public Optional<String> tryAcquire(UUID sessionId) {
        var token = UUID.randomUUID().toString();
        var acquired = redis.opsForValue().setIfAbsent(key(sessionId), token, properties.lockTtl());
        return Boolean.TRUE.equals(acquired) ? Optional.of(token) : Optional.empty();
    }

    public boolean release(UUID sessionId, String token) {
        var released = redis.execute(RELEASE, List.of(key(sessionId)), token);
        return released != null && released == 1L;
    }

    static String key(UUID sessionId) {
        return "mockmate:interview:lock:" + sessionId;
    }
}
