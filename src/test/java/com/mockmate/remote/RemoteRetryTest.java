package com.mockmate.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemoteRetryTest {

    private static final RemoteRetry.Policy POLICY =
            new RemoteRetry.Policy(3, Duration.ofMillis(500), Duration.ofSeconds(8));

    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private RemoteRetry retry(RemoteRetry.Policy policy) {
        return new RemoteRetry(policy, new Random(7), planned -> {
            sleeps.add(planned);
            return Duration.ZERO;
        });
    }

    private RemoteRetry retry() {
        return retry(POLICY);
    }

    private String failingThen(int failures, int status, @Nullable Duration retryAfter) {
        if (calls.incrementAndGet() <= failures) {
            throw new RemoteCallException("HTTP " + status, RemoteHttp.retryableStatus(status), retryAfter, null);
        }
        return "reply";
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_retryable_failure_is_tried_again_until_it_succeeds() {
        var result = retry().call("Gemini", () -> failingThen(2, 503, null));

        assertThat(result).isEqualTo("reply");
        assertThat(calls).hasValue(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void bad_requests_and_rejected_keys_are_thrown_at_once_unchanged() {
        for (var status : new int[] {400, 401}) {
            calls.set(0);
            assertThatThrownBy(() -> retry().call("Gemini", () -> failingThen(5, status, null)))
                    .hasMessage("HTTP " + status);
            assertThat(calls).hasValue(1);
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void other_exceptions_are_not_retried() {
        assertThatThrownBy(() -> retry().call("Gemini", () -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void gives_up_after_the_attempts_with_the_last_failure() {
        assertThatThrownBy(() -> retry().call("Gemini", () -> failingThen(5, 500, null)))
                .isInstanceOfSatisfying(
                        RemoteCallException.class,
                        e -> assertThat(e.retryable()).isTrue())
                .hasMessage("HTTP 500");
        assertThat(calls).hasValue(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void a_caller_may_spend_fewer_attempts_than_the_policy_allows() {
        assertThatThrownBy(() -> retry().call("Gemini", 1, () -> failingThen(5, 503, null)))
                .hasMessage("HTTP 503");
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void rate_limits_and_unavailability_wait_as_long_as_retry_after_says() {
        retry().call("OpenAI", () -> failingThen(1, 429, Duration.ofSeconds(3)));
        calls.set(0);
        retry().call("OpenAI", () -> failingThen(1, 503, Duration.ZERO));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ZERO);
    }

    @Test
    void retry_after_is_honoured_only_up_to_the_cap() {
        retry().call("Gemini", () -> failingThen(1, 429, Duration.ofMinutes(5)));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(8));
    }

    @Test
    void full_jitter_stays_below_an_exponentially_growing_ceiling_up_to_the_cap() {
        var retry = retry();
        var failure = new RemoteCallException("HTTP 503", true, null, null);
        for (int trial = 0; trial < 200; trial++) {
            assertThat(retry.plannedWait(1, failure)).isBetween(Duration.ZERO, Duration.ofMillis(500));
            assertThat(retry.plannedWait(2, failure)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
            assertThat(retry.plannedWait(4, failure)).isBetween(Duration.ZERO, Duration.ofMillis(4000));
            assertThat(retry.plannedWait(11, failure)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
            assertThat(retry.plannedWait(500, failure)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
        }
    }

    @Test
    void jitter_spreads_waits_instead_of_repeating_one() {
        var retry = retry();
        var failure = new RemoteCallException("HTTP 503", true, null, null);
        var waits = new HashSet<Duration>();
        for (int trial = 0; trial < 50; trial++) {
            waits.add(retry.plannedWait(5, failure));
        }

        assertThat(waits).hasSizeGreaterThan(10);
    }

    @Test
    void the_real_wait_is_taken_and_short_with_tiny_delays() {
        var tiny = RemoteRetry.of(new RemoteRetry.Policy(3, Duration.ofMillis(2), Duration.ofMillis(5)));
        var started = System.nanoTime();

        var result = tiny.call("Deepgram", () -> failingThen(2, 503, null));

        assertThat(result).isEqualTo("reply");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void an_interrupted_wait_stops_retrying_with_the_last_failure_and_keeps_the_interrupt() {
        var interrupted = new RemoteRetry(POLICY, new Random(7), planned -> {
            Thread.currentThread().interrupt();
            return Duration.ofSeconds(1);
        });

        assertThatThrownBy(() -> interrupted.call("Deepgram", () -> failingThen(5, 503, null)))
                .hasMessage("HTTP 503");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(calls).hasValue(1);
    }
}
