package com.mockmate.interview.live;

import com.mockmate.interview.InterviewProperties;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link LiveSessionState} in Redis as JSON with a TTL. */
@Component
public class LiveSessionStore {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final InterviewProperties properties;

    LiveSessionStore(StringRedisTemplate redis, JsonMapper json, InterviewProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    public Optional<LiveSessionState> find(UUID sessionId) {
        var value = redis.opsForValue().get(key(sessionId));
        return value == null ? Optional.empty() : Optional.of(json.readValue(value, LiveSessionState.class));
    }

    public void save(UUID sessionId, LiveSessionState state) {
        redis.opsForValue().set(key(sessionId), json.writeValueAsString(state), properties.liveStateTtl());
    }

    public void evict(UUID sessionId) {
        redis.delete(key(sessionId));
    }

    static String key(UUID sessionId) {
        return "mockmate:interview:state:" + sessionId;
    }
}
