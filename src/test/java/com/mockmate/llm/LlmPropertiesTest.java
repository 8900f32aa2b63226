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
        assertThat(properties.gemini().hasApiKey()).isFalse();
        assertThat(properties.gemini().baseUrl()).isEqualTo("https://generativelanguage.googleapis.com");
        assertThat(properties.gemini().model()).isEqualTo("gemini-2.5-flash");
        assertThat(properties.openai().hasApiKey()).isFalse();
        assertThat(properties.openai().baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(properties.openai().model()).isEqualTo("gpt-4.1-mini");
        assertThat(properties.openai().needsApiKey()).isTrue();
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

    @Test
    void binds_an_openai_compatible_server_and_masks_its_key() {
        var properties = bind(Map.of(
                "mockmate.llm.provider", "openai",
                "mockmate.llm.openai.api-key", " sk-or-v1-secret ",
                "mockmate.llm.openai.base-url", "https://openrouter.ai/api/v1",
                "mockmate.llm.openai.model", "meta-llama/llama-3.3-70b-instruct"));

        assertThat(properties.provider()).isEqualTo(LlmProperties.Provider.OPENAI);
        assertThat(properties.openai().apiKey()).isEqualTo("sk-or-v1-secret");
        assertThat(properties.openai().model()).isEqualTo("meta-llama/llama-3.3-70b-instruct");
        assertThat(properties.openai().toString())
                .doesNotContain("sk-or-v1-secret")
                .isEqualTo("OpenAi[apiKey=(set), baseUrl=https://openrouter.ai/api/v1,"
                        + " model=meta-llama/llama-3.3-70b-instruct]");
        assertThat(properties.toString()).doesNotContain("sk-or-v1-secret");
    }

    @Test
    void only_known_hosted_services_need_an_openai_key() {
        assertThat(openai("https://api.groq.com/openai/v1").needsApiKey()).isTrue();
        assertThat(openai("https://openrouter.ai/api/v1").needsApiKey()).isTrue();
        assertThat(openai("http://localhost:1234/v1").needsApiKey()).isFalse();
        assertThat(openai("http://vllm.internal:8000/v1").needsApiKey()).isFalse();
    }

    @Test
    void an_openai_base_url_that_is_not_http_fails_the_start_up_with_a_clear_message() {
        for (var url : new String[] {"localhost:1234/v1", "ftp://example.com/v1", "api.openai.com", "http://"}) {
            assertThatThrownBy(() -> openai(url))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("OPENAI_BASE_URL must be an http(s) URL including the version path")
                    .hasMessageEndingWith("got '" + url + "'");
        }
    }

    private static LlmProperties.OpenAi openai(String baseUrl) {
        return new LlmProperties.OpenAi("", baseUrl, "gpt-4.1-mini");
    }
}
