package com.mockmate.interview.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.mockmate.interview.domain.LiveEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.DefaultMessage;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/** Who hears an event that arrives from Redis. */
class LiveEventBusTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final LiveEventBus bus =
            new LiveEventBus(mock(StringRedisTemplate.class), json, mock(RedisMessageListenerContainer.class));

    @Test
    void a_subscriber_added_while_the_last_other_one_leaves_still_hears_the_session() throws Exception {
        // A page reloading: its old view unsubscribes while the new one subscribes to the same session.
        int rounds = 2_000;
        var missed = new AtomicInteger();
        var barrier = new CyclicBarrier(2);
        for (int round = 0; round < rounds; round++) {
            var sessionId = UUID.randomUUID();
            var leaving = bus.subscribe(sessionId, event -> {});
            var heard = new AtomicInteger();
            var unsubscriber = Thread.ofPlatform().start(() -> {
                await(barrier);
                leaving.run();
            });
            await(barrier);
            var staying = bus.subscribe(sessionId, event -> heard.incrementAndGet());
            unsubscriber.join();

            deliver(new LiveEvent(LiveEvent.TURN_EVALUATED, sessionId, UUID.randomUUID(), UUID.randomUUID()));

            if (heard.get() != 1) {
                missed.incrementAndGet();
            }
            staying.run();
        }
        assertThat(missed)
                .as("rounds in which the new subscriber heard nothing")
                .hasValue(0);
    }

    @Test
    void only_the_sessions_subscribers_hear_its_events_and_not_after_they_leave() {
        var sessionId = UUID.randomUUID();
        var heard = new AtomicInteger();
        var other = new AtomicInteger();
        var subscription = bus.subscribe(sessionId, event -> heard.incrementAndGet());
        bus.subscribe(UUID.randomUUID(), event -> other.incrementAndGet());

        deliver(new LiveEvent(LiveEvent.TURN_EVALUATED, sessionId, UUID.randomUUID(), UUID.randomUUID()));
        subscription.run();
        deliver(new LiveEvent(LiveEvent.TURN_EVALUATED, sessionId, UUID.randomUUID(), UUID.randomUUID()));

        assertThat(heard).hasValue(1);
        assertThat(other).hasValue(0);
    }

    private void deliver(LiveEvent event) {
        bus.onMessage(
                new DefaultMessage(
                        LiveEventBus.CHANNEL.getBytes(StandardCharsets.UTF_8),
                        json.writeValueAsString(event).getBytes(StandardCharsets.UTF_8)),
                null);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
