package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LlmPropertiesTest {

    private static LlmProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("mockmate.llm", LlmProperties.class);
    }

    @Test
    void defaults_are_auto_with_bounded_retries_and_public_endpoints() {
        var properties = bind(Map.of());

        assertThat(properties.provider()).isEqualTo(LlmProperties.Provider.AUTO);
        assertThat(properties.maxAttempts()).isEqualTo(3);
        assertThat(properties.maxTransportRetries()).isEqualTo(3);
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.gemini().model()).isEqualTo("gemini-2.5-flash");
        assertThat(properties.openai().model()).isEqualTo("gpt-4.1-mini");
        assertThat(properties.ollama().baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(properties.ollama().model()).isEqualTo("qwen2.5:3b-instruct");
    }

    @Test
    void binds_provider_names_and_durations_as_written_in_the_environment() {
        var properties = bind(Map.of(
                "mockmate.llm.provider", "ollama",
                "mockmate.llm.call-timeout", "90s",
                "mockmate.llm.openai.model", "meta-llama/llama-3.3-70b-instruct",
                "mockmate.llm.ollama.model", "llama3.2:3b"));

        assertThat(properties.provider()).isEqualTo(LlmProperties.Provider.OLLAMA);
        assertThat(properties.callTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.openai().model()).isEqualTo("meta-llama/llama-3.3-70b-instruct");
        assertThat(properties.ollama().model()).isEqualTo("llama3.2:3b");
    }

    @Test
    void a_turn_gets_the_transport_retries_after_its_first_call_with_backoff_from_500_ms_capped_at_8_s() {
        var retries = bind(Map.of("mockmate.llm.max-transport-retries", "2")).transportRetries();

        assertThat(retries.maxAttempts()).isEqualTo(3);
        assertThat(retries.base()).isEqualTo(Duration.ofMillis(500));
        assertThat(retries.cap()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void an_empty_openai_model_fails_the_start_up() {
        assertThatThrownBy(() -> new LlmProperties.OpenAi(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OPENAI_MODEL must not be empty");
    }
}
