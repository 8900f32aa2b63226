package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class ModelCallExceptionTest {

    @Test
    void transport_failures_are_retryable_and_say_what_happened() {
        var timeout = ModelCallException.transportFailure("Gemini", new SocketTimeoutException("timeout"));
        var refused = ModelCallException.transportFailure("Ollama", new ConnectException("Connection refused"));
        var other = ModelCallException.transportFailure("Ollama", new IOException("unexpected end of stream"));

        assertThat(timeout.retryable()).isTrue();
        assertThat(timeout.getMessage()).isEqualTo("Gemini: no answer before the timeout");
        assertThat(refused.getMessage()).isEqualTo("Ollama: connection failed: ConnectException");
        assertThat(other.retryable()).isTrue();
    }
}
