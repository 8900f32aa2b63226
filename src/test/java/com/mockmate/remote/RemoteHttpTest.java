package com.mockmate.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteHttpTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        assertThat(RemoteHttp.retryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RemoteHttp.retryAfter("Mon, 05 Jan 2026 10:00:30 GMT", clock))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(RemoteHttp.retryAfter("Mon, 05 Jan 2026 09:00:00 GMT", clock))
                .isEqualTo(Duration.ZERO);
        assertThat(RemoteHttp.retryAfter("soon", clock)).isNull();
        assertThat(RemoteHttp.retryAfter(null, clock)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "408, true",
        "429, true",
        "500, true",
        "502, true",
        "503, true",
        "400, false",
        "401, false",
        "403, false",
        "404, false"
    })
    void only_timeouts_rate_limits_and_server_errors_are_retryable(int status, boolean retryable) {
        assertThat(RemoteHttp.retryableStatus(status)).isEqualTo(retryable);
    }

    @Test
    void timeouts_are_told_apart_from_unreachable_servers() {
        assertThat(RemoteHttp.timedOut(new SocketTimeoutException("timeout"))).isTrue();
        assertThat(RemoteHttp.timedOut(new InterruptedIOException("timeout"))).isTrue();
        assertThat(RemoteHttp.timedOut(new ConnectException("Connection refused")))
                .isFalse();
        assertThat(RemoteHttp.timedOut(new IOException("unexpected end of stream")))
                .isFalse();
    }

    @Test
    void brief_keeps_error_details_short_and_on_one_line() {
        assertThat(RemoteHttp.brief("  a\n  b  ")).isEqualTo("a b");
        assertThat(RemoteHttp.brief("x".repeat(400))).hasSize(301);
        assertThat(RemoteHttp.brief(null)).isEmpty();
    }

    @Test
    void the_client_waits_the_call_timeout_for_reads_and_writes() {
        var client = RemoteHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(90));

        assertThat(client.connectTimeoutMillis()).isEqualTo(2_000);
        assertThat(client.readTimeoutMillis()).isEqualTo(90_000);
        assertThat(client.writeTimeoutMillis()).isEqualTo(90_000);
        assertThat(client.callTimeoutMillis()).isEqualTo(90_000);
    }
}
