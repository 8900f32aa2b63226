package com.mockmate.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProviderAccountsTest {

    private static ProviderAccounts bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("mockmate.providers", ProviderAccounts.class);
    }

    @Test
    void defaults_are_the_public_endpoints_without_keys() {
        var accounts = bind(Map.of());

        assertThat(accounts.gemini().hasApiKey()).isFalse();
        assertThat(accounts.gemini().baseUrl()).isEqualTo("https://generativelanguage.googleapis.com");
        assertThat(accounts.openai().hasApiKey()).isFalse();
        assertThat(accounts.openai().baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(accounts.openai().needsApiKey()).isTrue();
        assertThat(accounts.deepgram().baseUrl()).isEqualTo("https://api.deepgram.com");
        assertThat(accounts.elevenlabs().baseUrl()).isEqualTo("https://api.elevenlabs.io");
    }

    @Test
    void keys_are_bound_stripped_and_never_show_in_to_string() {
        var accounts = bind(Map.of(
                "mockmate.providers.gemini.api-key", " AIza-secret-key-0123 ",
                "mockmate.providers.deepgram.api-key", "dg-secret",
                "mockmate.providers.elevenlabs.api-key", "el-secret"));

        assertThat(accounts.gemini().apiKey().secret()).isEqualTo("AIza-secret-key-0123");
        assertThat(accounts.toString())
                .doesNotContain("AIza-secret", "dg-secret", "el-secret")
                .contains("apiKey=****0123");
    }

    @Test
    void binds_an_openai_compatible_server_and_masks_its_key() {
        var accounts = bind(Map.of(
                "mockmate.providers.openai.api-key", " sk-or-v1-secret ",
                "mockmate.providers.openai.base-url", "https://openrouter.ai/api/v1"));

        assertThat(accounts.openai().apiKey().secret()).isEqualTo("sk-or-v1-secret");
        assertThat(accounts.openai().toString())
                .doesNotContain("sk-or-v1-secret")
                .isEqualTo("OpenAi[apiKey=****cret, baseUrl=https://openrouter.ai/api/v1]");
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

    private static ProviderAccounts.OpenAi openai(String baseUrl) {
        return new ProviderAccounts.OpenAi(ApiKey.NONE, baseUrl);
    }
}
