package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Backoff.BASE, Backoff.CAP, new Random(7));

    @Test
    void full_jitter_stays_below_an_exponentially_growing_ceiling_up_to_the_cap() {
        for (int trial = 0; trial < 200; trial++) {
            assertThat(backoff.delay(0, null)).isBetween(Duration.ZERO, Duration.ofMillis(500));
            assertThat(backoff.delay(1, null)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
            assertThat(backoff.delay(3, null)).isBetween(Duration.ZERO, Duration.ofMillis(4000));
            assertThat(backoff.delay(10, null)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
            assertThat(backoff.delay(500, null)).isBetween(Duration.ZERO, Duration.ofSeconds(8));
        }
    }

    @Test
    void jitter_spreads_delays_instead_of_repeating_one() {
        var delays = new java.util.HashSet<Duration>();
        for (int trial = 0; trial < 50; trial++) {
            delays.add(backoff.delay(4, null));
        }

        assertThat(delays).hasSizeGreaterThan(10);
    }

    @Test
    void retry_after_is_honoured_but_capped() {
        assertThat(backoff.delay(0, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delay(0, Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(2, Duration.ofMinutes(5))).isEqualTo(Backoff.CAP);
    }
}
