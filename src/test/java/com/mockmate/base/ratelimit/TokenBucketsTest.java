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
class TokenBucketsTest {

    private static final String KEY = "mockmate:rate:test";

    @Autowired
    TokenBuckets buckets;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void allows_the_limit_then_answers_how_long_to_wait() {
        for (int i = 1; i <= 3; i++) {
            assertThat(buckets.tryAcquire(KEY, 3, Duration.ofMinutes(1)))
                    .as("event %d", i)
                    .isEmpty();
        }

        var refused = buckets.tryAcquire(KEY, 3, Duration.ofMinutes(1));

        assertThat(refused)
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void a_bucket_expires_once_it_would_be_full_again() {
        buckets.tryAcquire(KEY, 3, Duration.ofMinutes(1));

        assertThat(redis.getExpire(KEY)).isBetween(1L, 60L);
    }

    @Test
    void each_key_has_its_own_bucket() {
        assertThat(buckets.tryAcquire(KEY, 1, Duration.ofMinutes(1))).isEmpty();
        assertThat(buckets.tryAcquire(KEY, 1, Duration.ofMinutes(1))).isPresent();

        assertThat(buckets.tryAcquire(KEY + ":other", 1, Duration.ofMinutes(1))).isEmpty();
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
                    return buckets.tryAcquire(KEY, 10, Duration.ofMinutes(1));
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
