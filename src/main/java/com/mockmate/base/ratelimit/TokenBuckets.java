package com.mockmate.base.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Per-key limits as bucket4j token buckets in Redis, so every instance enforces the same limit. A bucket holds
 * {@code limit} tokens and gets them all back once per period, counted from its first event: the fixed window that
 * users were promised ("12 answers a minute"). Bucket4j writes a bucket's state and its expiry in one compare-and-swap
 * script, so no bucket outlives the time it takes to fill up again. A check costs two Redis round trips (read, then
 * compare-and-swap), which is how bucket4j's Redis integration works.
 *
 * <p>A bucket keeps the limit it was created with until it expires (at most one period), so a changed limit applies
 * from then on.
 */
@Component
public class TokenBuckets implements DisposableBean {

    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final LettuceConnectionFactory redis;
    private volatile @Nullable Connected connected;

    TokenBuckets(LettuceConnectionFactory redis) {
        this.redis = redis;
    }

    /** Takes one token; when none is left, answers how long to wait for the next (the event is then not allowed). */
    public Optional<Duration> tryAcquire(String key, int limit, Duration period) {
        var probe = buckets()
                .builder()
                .build(key.getBytes(StandardCharsets.UTF_8), () -> configuration(limit, period))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        var wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return Optional.of(wait.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : wait);
    }

    private static BucketConfiguration configuration(int limit, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, period))
                .build();
    }

    /**
     * Spring's client carries the host, credentials and database index of {@code spring.data.redis}. A stopped
     * connection factory shuts its client down, closing this connection too, and starts a new client when it starts
     * again (Spring's test contexts are paused that way): the connection follows the factory's current client.
     */
    private ProxyManager<byte[]> buckets() {
        var client = (RedisClient) redis.getRequiredNativeClient();
        var current = connected;
        if (current == null || current.client() != client) {
            synchronized (this) {
                current = connected;
                if (current == null || current.client() != client) {
                    current = Connected.to(client);
                    connected = current;
                }
            }
        }
        return current.buckets();
    }

    @Override
    public void destroy() {
        var current = connected;
        if (current != null) {
            current.connection().close();
        }
    }

    private record Connected(
            RedisClient client, StatefulRedisConnection<byte[], byte[]> connection, ProxyManager<byte[]> buckets) {

        static Connected to(RedisClient client) {
            var connection = client.connect(ByteArrayCodec.INSTANCE);
            var buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build();
            return new Connected(client, connection, buckets);
        }
    }
}
