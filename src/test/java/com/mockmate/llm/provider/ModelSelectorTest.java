package com.mockmate.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.LlmProperties.Provider;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.remote.ApiKey;
import com.mockmate.remote.ProviderAccounts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ModelSelectorTest {

    private static final InterviewerModel GEMINI = new FakeModel("gemini", "gemini-2.5-flash");
    private static final InterviewerModel OPENAI = new FakeModel("openai", "gpt-4.1-mini");
    private static final InterviewerModel OLLAMA = new FakeModel("ollama", "qwen2.5:3b-instruct");
    private static final InterviewerModel OFFLINE = new FakeModel("offline", "rules-v1");
    private static final List<InterviewerModel> ALL = List.of(GEMINI, OPENAI, OLLAMA, OFFLINE);

    private final AtomicInteger probes = new AtomicInteger();

    /** The interviewer settings and the provider accounts, as the application binds them separately. */
    private record Settings(LlmProperties llm, ProviderAccounts accounts) {}

    private static Settings properties(Provider provider, String apiKey) {
        return properties(provider, apiKey, openai("", "https://api.openai.com/v1"));
    }

    private static Settings properties(Provider provider, String geminiKey, ProviderAccounts.OpenAi openai) {
        var llm = new LlmProperties(
                provider,
                3,
                3,
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                new LlmProperties.Gemini("gemini-2.5-flash"),
                new LlmProperties.OpenAi("gpt-4.1-mini"),
                new LlmProperties.Ollama("http://localhost:11434", "qwen2.5:3b-instruct"));
        var accounts = new ProviderAccounts(
                new ProviderAccounts.Gemini(ApiKey.of(geminiKey), "https://generativelanguage.googleapis.com"),
                openai,
                new ProviderAccounts.Deepgram(ApiKey.NONE, "https://api.deepgram.com"),
                new ProviderAccounts.ElevenLabs(ApiKey.NONE, "https://api.elevenlabs.io"));
        return new Settings(llm, accounts);
    }

    private static ProviderAccounts.OpenAi openai(String apiKey, String baseUrl) {
        return new ProviderAccounts.OpenAi(ApiKey.of(apiKey), baseUrl);
    }

    private static ModelSelector selector(Settings settings, BooleanSupplier ollamaReachable) {
        return new ModelSelector(settings.llm(), settings.accounts(), ollamaReachable);
    }

    private BooleanSupplier ollamaAnswers(boolean answers) {
        return () -> {
            probes.incrementAndGet();
            return answers;
        };
    }

    @Test
    void auto_picks_gemini_when_a_key_is_set_without_probing_ollama() {
        var selected = selector(properties(Provider.AUTO, "AIza-key"), ollamaAnswers(true))
                .select(ALL);

        assertThat(selected.model()).isSameAs(GEMINI);
        assertThat(selected.reason()).isEqualTo("auto: GEMINI_API_KEY is set").doesNotContain("AIza-key");
        assertThat(probes).hasValue(0);
    }

    @Test
    void auto_prefers_gemini_over_openai_when_both_keys_are_set() {
        var properties = properties(Provider.AUTO, "AIza-key", openai("sk-key", "https://api.openai.com/v1"));

        var selected = selector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(GEMINI);
    }

    @Test
    void auto_picks_openai_when_only_its_key_is_set_without_probing_ollama() {
        var properties = properties(Provider.AUTO, "", openai("sk-secret-key", "https://openrouter.ai/api/v1"));

        var selected = selector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OPENAI);
        assertThat(selected.reason())
                .isEqualTo("auto: no GEMINI_API_KEY, OPENAI_API_KEY is set for https://openrouter.ai/api/v1")
                .doesNotContain("sk-secret-key");
        assertThat(probes).hasValue(0);
    }

    @Test
    void auto_does_not_pick_a_keyless_local_openai_server_but_probes_ollama() {
        var properties = properties(Provider.AUTO, "", openai("", "http://localhost:1234/v1"));

        var selected = selector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(probes).hasValue(1);
    }

    @Test
    void auto_picks_a_reachable_ollama_when_there_is_no_key() {
        var selected =
                selector(properties(Provider.AUTO, "  "), ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(selected.reason()).contains("http://localhost:11434");
        assertThat(probes).hasValue(1);
    }

    @Test
    void auto_falls_back_to_the_offline_evaluator() {
        var selected =
                selector(properties(Provider.AUTO, ""), ollamaAnswers(false)).select(ALL);

        assertThat(selected.model()).isSameAs(OFFLINE);
    }

    @Test
    void auto_without_an_offline_evaluator_keeps_ollama_and_says_so() {
        var selected =
                selector(properties(Provider.AUTO, ""), ollamaAnswers(false)).select(List.of(GEMINI, OLLAMA));

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(selected.reason())
                .isEqualTo("auto: nothing else available, Ollama expected at http://localhost:11434");
    }

    @Test
    void an_explicit_provider_is_used_as_is() {
        assertThat(selector(properties(Provider.OLLAMA, "AIza-key"), ollamaAnswers(false))
                        .select(ALL)
                        .model())
                .isSameAs(OLLAMA);
        assertThat(selector(properties(Provider.OFFLINE, "AIza-key"), ollamaAnswers(true))
                        .select(ALL)
                        .model())
                .isSameAs(OFFLINE);
        assertThat(selector(properties(Provider.GEMINI, "AIza-key"), ollamaAnswers(true))
                        .select(ALL)
                        .model())
                .isSameAs(GEMINI);
        assertThat(selector(
                                properties(Provider.OPENAI, "AIza-key", openai("sk-key", "https://api.openai.com/v1")),
                                ollamaAnswers(true))
                        .select(ALL)
                        .model())
                .isSameAs(OPENAI);
        assertThat(probes).hasValue(0);
    }

    @Test
    void openai_with_a_local_server_needs_no_key() {
        var properties = properties(Provider.OPENAI, "", openai("", "http://localhost:1234/v1"));

        var selected = selector(properties, ollamaAnswers(false)).select(ALL);

        assertThat(selected.model()).isSameAs(OPENAI);
        assertThat(selected.reason())
                .isEqualTo("MOCKMATE_LLM_PROVIDER=openai, gpt-4.1-mini at http://localhost:1234/v1");
    }

    @Test
    void openai_against_api_openai_com_without_a_key_fails_the_start_up_with_a_clear_message() {
        var selector =
                selector(properties(Provider.OPENAI, "", openai("", "https://api.openai.com/v1")), ollamaAnswers(true));

        assertThatThrownBy(() -> selector.select(ALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MOCKMATE_LLM_PROVIDER=openai with https://api.openai.com/v1 needs OPENAI_API_KEY: set it,"
                        + " or point OPENAI_BASE_URL at a local server");
    }

    @Test
    void gemini_without_a_key_fails_the_start_up_with_a_clear_message() {
        var selector = selector(properties(Provider.GEMINI, ""), ollamaAnswers(true));

        assertThatThrownBy(() -> selector.select(ALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MOCKMATE_LLM_PROVIDER=gemini needs GEMINI_API_KEY: set it, or choose auto, ollama or"
                        + " offline");
    }

    @Test
    void a_forced_provider_that_is_not_installed_fails_the_start_up() {
        var selector = selector(properties(Provider.OFFLINE, ""), ollamaAnswers(true));

        assertThatThrownBy(() -> selector.select(List.of(GEMINI, OLLAMA)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'offline' is not available")
                .hasMessageContaining("[gemini, ollama]");
    }

    private record FakeModel(String provider, String model) implements InterviewerModel {

        @Override
        public ModelCompletion complete(ModelRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
