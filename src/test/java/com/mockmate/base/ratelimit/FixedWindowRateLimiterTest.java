package com.mockmate.base.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

@IntegrationTest
class FixedWindowRateLimiterTest {

    private static final String KEY = "mockmate:rate:test";

    @Autowired
    FixedWindowRateLimiter limiter;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void allows_the_limit_then_answers_how_long_to_wait() {
        for (int i = 1; i <= 3; i++) {
            assertThat(limiter.tryAcquire(KEY, 3, Duration.ofMinutes(1)))
                    .as("event %d", i)
                    .isEmpty();
        }

        var refused = limiter.tryAcquire(KEY, 3, Duration.ofMinutes(1));

        assertThat(refused)
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void a_counter_left_without_an_expiry_gets_one_at_the_next_event() {
        // What a crash between INCR and EXPIRE used to leave behind: a limit that never resets.
        redis.opsForValue().set(KEY, "7");

        limiter.tryAcquire(KEY, 3, Duration.ofMinutes(1));

        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void concurrent_events_never_get_past_the_limit() throws Exception {
        int events = 40;
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Optional<Duration>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var pending = new ArrayList<Future<Optional<Duration>>>();
            for (int i = 0; i < events; i++) {
                Callable<Optional<Duration>> event = () -> {
                    start.await();
                    return limiter.tryAcquire(KEY, 10, Duration.ofMinutes(1));
                };
                pending.add(pool.submit(event));
            }
            start.countDown();
            for (var outcome : pending) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(10);
        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }
}
