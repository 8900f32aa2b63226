package com.mockmate.speech.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.speech.SpeechCallException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechRetryTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private SpeechRetry retry(int attempts) {
        return new SpeechRetry(attempts, Duration.ofMillis(500), Duration.ofSeconds(4), sleeps::add, new Random(7));
    }

    private String failingThen(int failures, boolean retryable) {
        if (calls.incrementAndGet() <= failures) {
            throw new SpeechCallException("Deepgram could not answer (HTTP 503)", retryable, null);
        }
        return "transcript";
    }

    @Test
    void a_retryable_failure_is_tried_again_until_it_succeeds() {
        var result = retry(3).run("Deepgram", () -> failingThen(2, true));

        assertThat(result).isEqualTo("transcript");
        assertThat(calls).hasValue(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void a_failure_that_is_not_retryable_is_thrown_at_once_unchanged() {
        assertThatThrownBy(() -> retry(3).run("Deepgram", () -> failingThen(5, false)))
                .hasMessage("Deepgram could not answer (HTTP 503)");
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void giving_up_says_how_many_attempts_were_made() {
        assertThatThrownBy(() -> retry(3).run("Deepgram", () -> failingThen(5, true)))
                .isInstanceOfSatisfying(
                        SpeechCallException.class,
                        e -> assertThat(e.retryable()).isTrue())
                .hasMessage("Deepgram could not answer (HTTP 503) (3 attempts)");
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_single_attempt_reports_the_failure_as_it_was() {
        assertThatThrownBy(() -> SpeechRetry.none().run("Deepgram", () -> failingThen(5, true)))
                .hasMessage("Deepgram could not answer (HTTP 503)");
        assertThat(calls).hasValue(1);
    }

    @Test
    void waits_are_jittered_under_a_ceiling_that_doubles_up_to_the_cap() {
        var retry = retry(10);
        for (int n = 0; n < 200; n++) {
            assertThat(retry.delay(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
            assertThat(retry.delay(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
            assertThat(retry.delay(7)).isBetween(Duration.ZERO, Duration.ofSeconds(4));
        }
    }

    @Test
    void an_interrupted_wait_stops_retrying_and_keeps_the_interrupt() {
        SpeechRetry.Sleeper interrupted = delay -> {
            throw new InterruptedException();
        };
        var retry = new SpeechRetry(3, Duration.ofMillis(500), Duration.ofSeconds(4), interrupted, new Random(7));
        try {
            assertThatThrownBy(() -> retry.run("Deepgram", () -> failingThen(5, true)))
                    .hasMessage("Deepgram could not answer (HTTP 503); interrupted before retrying");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(calls).hasValue(1);
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest
    @CsvSource({"408, true", "429, true", "500, true", "502, true", "503, true", "400, false", "404, false"})
    void only_timeouts_rate_limits_and_server_errors_are_worth_retrying(int status, boolean retryable) {
        assertThat(SpeechHttp.retryableStatus(status)).isEqualTo(retryable);
    }
}
