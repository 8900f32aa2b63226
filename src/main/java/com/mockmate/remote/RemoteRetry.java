package com.mockmate.remote;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy of the remote providers, on resilience4j: a retryable {@link RemoteCallException} (timeouts,
 * connection failures, 408, 429, 5xx) is tried again up to a number of attempts; anything else is thrown at once. The
 * n-th retry waits a random time in [0, min(cap, base·2ⁿ)] (full jitter, so that many calls failing together do not
 * come back in step) unless the provider said how long to wait, which is honoured up to the cap so that one call
 * cannot stall for minutes. After the last attempt the last failure is thrown as it was.
 */
public final class RemoteRetry {

    private static final Logger log = LoggerFactory.getLogger(RemoteRetry.class);

    /** How many attempts, and the bounds of the waits between them. */
    public record Policy(int maxAttempts, Duration base, Duration cap) {

        public Policy {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("At least one attempt is needed");
            }
        }
    }

    /**
     * Turns the planned wait into the one really taken. Production waits as planned; tests record the plan and wait
     * nothing. An interrupt during the wait ends the retries with the last failure, the interrupt flag kept.
     */
    @FunctionalInterface
    public interface Pause {

        Pause AS_PLANNED = planned -> planned;

        Duration take(Duration planned);
    }

    private final Policy policy;
    private final RandomGenerator random;
    private final Pause pause;

    public RemoteRetry(Policy policy, RandomGenerator random, Pause pause) {
        this.policy = policy;
        this.random = random;
        this.pause = pause;
    }

    public static RemoteRetry of(Policy policy) {
        return new RemoteRetry(policy, RandomGenerator.getDefault(), Pause.AS_PLANNED);
    }

    public Policy policy() {
        return policy;
    }

    /** Calls with the policy's number of attempts. */
    public <T> T call(String provider, Supplier<T> call) {
        return call(provider, policy.maxAttempts(), call);
    }

    /** Calls with at most {@code maxAttempts} attempts, for callers that spread one budget over several calls. */
    public <T> T call(String provider, int maxAttempts, Supplier<T> call) {
        var config = RetryConfig.<T>custom()
                .maxAttempts(Math.max(1, maxAttempts))
                .retryOnException(RemoteRetry::retryable)
                .intervalBiFunction(this::interval)
                .build();
        var retry = Retry.of(provider, config);
        retry.getEventPublisher()
                .onRetry(event -> log.warn(
                        "{} call failed (attempt {} of {}): {}; retrying in {} ms",
                        provider,
                        event.getNumberOfRetryAttempts(),
                        config.getMaxAttempts(),
                        event.getLastThrowable() == null
                                ? ""
                                : event.getLastThrowable().getMessage(),
                        event.getWaitInterval().toMillis()));
        return retry.executeSupplier(call);
    }

    /** The wait before the n-th retry, n counted from 1, as planned by the policy. */
    Duration plannedWait(int retry, Throwable failure) {
        if (failure instanceof RemoteCallException remote
                && remote.retryAfter() != null
                && !remote.retryAfter().isNegative()) {
            return remote.retryAfter().compareTo(policy.cap()) > 0 ? policy.cap() : remote.retryAfter();
        }
        var ceiling = Math.min(
                policy.base().toMillis() << Math.min(retry - 1, 20),
                policy.cap().toMillis());
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    private <T> long interval(int retry, Either<Throwable, T> outcome) {
        var planned = outcome.isLeft() ? plannedWait(retry, outcome.getLeft()) : Duration.ZERO;
        return Math.max(0, pause.take(planned).toMillis());
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof RemoteCallException remote && remote.retryable();
    }
}
