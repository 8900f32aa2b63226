package com.mockmate.interview.live;

import com.mockmate.interview.domain.LiveEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans interview events out to every instance through Redis pub/sub, so a browser or WebSocket client connected to
 * one instance hears about a turn that another instance evaluated. Subscribers register per session. Only
 * {@link LiveEventBridge} publishes, after the transaction that made the change has committed.
 */
@Component
public class LiveEventBus implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LiveEventBus.class);
    static final String CHANNEL = "mockmate:interview:events";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Map<UUID, Set<Consumer<LiveEvent>>> subscribers = new ConcurrentHashMap<>();

    LiveEventBus(StringRedisTemplate redis, JsonMapper json, RedisMessageListenerContainer container) {
        this.redis = redis;
        this.json = json;
        container.addMessageListener(this, new ChannelTopic(CHANNEL));
    }

    void publish(LiveEvent event) {
        redis.convertAndSend(CHANNEL, json.writeValueAsString(event));
    }

    /** Returns the handle that removes the subscription; call it when the view or socket closes. */
    public Runnable subscribe(UUID sessionId, Consumer<LiveEvent> subscriber) {
        // Added inside compute: added after it, the set could be one that a concurrent unsubscribe just found empty
        // and removed from the map (a page reloading), and this subscriber would never hear anything.
        subscribers.compute(sessionId, (id, set) -> {
            var subscribed = set == null ? new CopyOnWriteArraySet<Consumer<LiveEvent>>() : set;
            subscribed.add(subscriber);
            return subscribed;
        });
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        var event = json.readValue(new String(message.getBody(), StandardCharsets.UTF_8), LiveEvent.class);
        for (var subscriber : subscribers.getOrDefault(event.sessionId(), Set.of())) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.warn("An interview event subscriber failed: {}", e.getMessage());
            }
        }
    }
}
