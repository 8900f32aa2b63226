package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(properties.gemini().hasApiKey()).isFalse();
        assertThat(properties.gemini().baseUrl()).isEqualTo("https://generativelanguage.googleapis.com");
        assertThat(properties.gemini().model()).isEqualTo("gemini-2.5-flash");
        assertThat(properties.ollama().baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(properties.ollama().model()).isEqualTo("qwen2.5:3b-instruct");
    }

    @Test
    void binds_provider_names_and_durations_as_written_in_the_environment() {
        var properties = bind(Map.of(
                "mockmate.llm.provider", "ollama",
                "mockmate.llm.call-timeout", "90s",
                "mockmate.llm.gemini.api-key", " AIza-secret ",
                "mockmate.llm.ollama.model", "llama3.2:3b"));

        assertThat(properties.provider()).isEqualTo(LlmProperties.Provider.OLLAMA);
        assertThat(properties.callTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.gemini().apiKey()).isEqualTo("AIza-secret");
        assertThat(properties.ollama().model()).isEqualTo("llama3.2:3b");
    }

    @Test
    void the_api_key_never_shows_in_to_string() {
        var properties = bind(Map.of("mockmate.llm.gemini.api-key", "AIza-secret"));

        assertThat(properties.toString()).doesNotContain("AIza-secret").contains("apiKey=(set)");
    }
}
