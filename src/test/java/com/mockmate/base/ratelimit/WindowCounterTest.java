package com.mockmate.base.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

@IntegrationTest
class WindowCounterTest {

    private static final String KEY = "mockmate:rate:test";

    @Autowired
    WindowCounter counter;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void allows_the_limit_then_answers_how_long_to_wait() {
        for (int i = 1; i <= 3; i++) {
            assertThat(counter.increment(KEY, Duration.ofMinutes(1)).exceeds(3))
                    .as("event %d", i)
                    .isFalse();
        }

        var refused = counter.increment(KEY, Duration.ofMinutes(1));

        assertThat(refused.exceeds(3)).isTrue();
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void a_counter_left_without_an_expiry_gets_one_at_the_next_event() {
        // What a crash between INCR and EXPIRE used to leave behind: a limit that never resets.
        redis.opsForValue().set(KEY, "7");

        counter.increment(KEY, Duration.ofMinutes(1));

        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void concurrent_events_never_get_past_the_limit() throws Exception {
        int events = 40;
        var start = new CountDownLatch(1);
        var allowed = new ArrayList<Boolean>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var pending = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < events; i++) {
                Callable<Boolean> event = () -> {
                    start.await();
                    return !counter.increment(KEY, Duration.ofMinutes(1)).exceeds(10);
                };
                pending.add(pool.submit(event));
            }
            start.countDown();
            for (var outcome : pending) {
                allowed.add(outcome.get());
            }
        }

        assertThat(allowed).filteredOn(ok -> ok).hasSize(10);
        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }
}
