package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProviderHttpTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        assertThat(ProviderHttp.retryAfter("7", clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(ProviderHttp.retryAfter("Mon, 05 Jan 2026 10:00:30 GMT", clock))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(ProviderHttp.retryAfter("Mon, 05 Jan 2026 09:00:00 GMT", clock))
                .isEqualTo(Duration.ZERO);
        assertThat(ProviderHttp.retryAfter("soon", clock)).isNull();
        assertThat(ProviderHttp.retryAfter(null, clock)).isNull();
    }

    @Test
    void only_timeouts_rate_limits_and_server_errors_are_retryable() {
        assertThat(ProviderHttp.retryableStatus(429)).isTrue();
        assertThat(ProviderHttp.retryableStatus(408)).isTrue();
        assertThat(ProviderHttp.retryableStatus(500)).isTrue();
        assertThat(ProviderHttp.retryableStatus(503)).isTrue();
        assertThat(ProviderHttp.retryableStatus(400)).isFalse();
        assertThat(ProviderHttp.retryableStatus(401)).isFalse();
        assertThat(ProviderHttp.retryableStatus(403)).isFalse();
        assertThat(ProviderHttp.retryableStatus(404)).isFalse();
    }

    @Test
    void transport_failures_are_retryable_and_say_what_happened() {
        var timeout = ProviderHttp.transportFailure("Gemini", new SocketTimeoutException("timeout"));
        var refused = ProviderHttp.transportFailure("Ollama", new ConnectException("Connection refused"));
        var other = ProviderHttp.transportFailure("Ollama", new IOException("unexpected end of stream"));

        assertThat(timeout.retryable()).isTrue();
        assertThat(timeout.getMessage()).isEqualTo("Gemini: no answer before the timeout");
        assertThat(refused.getMessage()).isEqualTo("Ollama: connection failed: ConnectException");
        assertThat(other.retryable()).isTrue();
    }

    @Test
    void brief_keeps_error_details_short_and_on_one_line() {
        assertThat(ProviderHttp.brief("  a\n  b  ")).isEqualTo("a b");
        assertThat(ProviderHttp.brief("x".repeat(400))).hasSize(301);
        assertThat(ProviderHttp.brief(null)).isEmpty();
    }
}
