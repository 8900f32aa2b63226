package com.mockmate.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.LlmProperties.Provider;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
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

    private static LlmProperties properties(Provider provider, String apiKey) {
        return properties(provider, apiKey, new LlmProperties.OpenAi("", "https://api.openai.com/v1", "gpt-4.1-mini"));
    }

    private static LlmProperties properties(Provider provider, String geminiKey, LlmProperties.OpenAi openai) {
        return new LlmProperties(
                provider,
                3,
                3,
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                new LlmProperties.Gemini(geminiKey, "https://generativelanguage.googleapis.com", "gemini-2.5-flash"),
                openai,
                new LlmProperties.Ollama("http://localhost:11434", "qwen2.5:3b-instruct"));
    }

    private static LlmProperties.OpenAi openai(String apiKey, String baseUrl) {
        return new LlmProperties.OpenAi(apiKey, baseUrl, "gpt-4.1-mini");
    }

    private BooleanSupplier ollamaAnswers(boolean answers) {
        return () -> {
            probes.incrementAndGet();
            return answers;
        };
    }

    @Test
    void auto_picks_gemini_when_a_key_is_set_without_probing_ollama() {
        var selected = new ModelSelector(properties(Provider.AUTO, "AIza-key"), ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(GEMINI);
        assertThat(selected.reason()).isEqualTo("auto: GEMINI_API_KEY is set").doesNotContain("AIza-key");
        assertThat(probes).hasValue(0);
    }

    @Test
    void auto_prefers_gemini_over_openai_when_both_keys_are_set() {
        var properties = properties(Provider.AUTO, "AIza-key", openai("sk-key", "https://api.openai.com/v1"));

        var selected = new ModelSelector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(GEMINI);
    }

    @Test
    void auto_picks_openai_when_only_its_key_is_set_without_probing_ollama() {
        var properties = properties(Provider.AUTO, "", openai("sk-secret-key", "https://openrouter.ai/api/v1"));

        var selected = new ModelSelector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OPENAI);
        assertThat(selected.reason())
                .isEqualTo("auto: no GEMINI_API_KEY, OPENAI_API_KEY is set for https://openrouter.ai/api/v1")
                .doesNotContain("sk-secret-key");
        assertThat(probes).hasValue(0);
    }

    @Test
    void auto_does_not_pick_a_keyless_local_openai_server_but_probes_ollama() {
        var properties = properties(Provider.AUTO, "", openai("", "http://localhost:1234/v1"));

        var selected = new ModelSelector(properties, ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(probes).hasValue(1);
    }

    @Test
    void auto_picks_a_reachable_ollama_when_there_is_no_key() {
        var selected = new ModelSelector(properties(Provider.AUTO, "  "), ollamaAnswers(true)).select(ALL);

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(selected.reason()).contains("http://localhost:11434");
        assertThat(probes).hasValue(1);
    }

    @Test
    void auto_falls_back_to_the_offline_evaluator() {
        var selected = new ModelSelector(properties(Provider.AUTO, ""), ollamaAnswers(false)).select(ALL);

        assertThat(selected.model()).isSameAs(OFFLINE);
    }

    @Test
    void auto_without_an_offline_evaluator_keeps_ollama_and_says_so() {
        var selected =
                new ModelSelector(properties(Provider.AUTO, ""), ollamaAnswers(false)).select(List.of(GEMINI, OLLAMA));

        assertThat(selected.model()).isSameAs(OLLAMA);
        assertThat(selected.reason())
                .isEqualTo("auto: nothing else available, Ollama expected at http://localhost:11434");
    }

    @Test
    void an_explicit_provider_is_used_as_is() {
        assertThat(new ModelSelector(properties(Provider.OLLAMA, "AIza-key"), ollamaAnswers(false))
                        .select(ALL)
                        .model())
                .isSameAs(OLLAMA);
        assertThat(new ModelSelector(properties(Provider.OFFLINE, "AIza-key"), ollamaAnswers(true))
                        .select(ALL)
                        .model())
                .isSameAs(OFFLINE);
        assertThat(new ModelSelector(properties(Provider.GEMINI, "AIza-key"), ollamaAnswers(true))
                        .select(ALL)
                        .model())
                .isSameAs(GEMINI);
        assertThat(new ModelSelector(
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

        var selected = new ModelSelector(properties, ollamaAnswers(false)).select(ALL);

        assertThat(selected.model()).isSameAs(OPENAI);
        assertThat(selected.reason())
                .isEqualTo("MOCKMATE_LLM_PROVIDER=openai, gpt-4.1-mini at http://localhost:1234/v1");
    }

    @Test
    void openai_against_api_openai_com_without_a_key_fails_the_start_up_with_a_clear_message() {
        var selector = new ModelSelector(
                properties(Provider.OPENAI, "", openai("", "https://api.openai.com/v1")), ollamaAnswers(true));

        assertThatThrownBy(() -> selector.select(ALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MOCKMATE_LLM_PROVIDER=openai with https://api.openai.com/v1 needs OPENAI_API_KEY: set it,"
                        + " or point OPENAI_BASE_URL at a local server");
    }

    @Test
    void gemini_without_a_key_fails_the_start_up_with_a_clear_message() {
        var selector = new ModelSelector(properties(Provider.GEMINI, ""), ollamaAnswers(true));

        assertThatThrownBy(() -> selector.select(ALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MOCKMATE_LLM_PROVIDER=gemini needs GEMINI_API_KEY: set it, or choose auto, ollama or"
                        + " offline");
    }

    @Test
    void a_forced_provider_that_is_not_installed_fails_the_start_up() {
        var selector = new ModelSelector(properties(Provider.OFFLINE, ""), ollamaAnswers(true));

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
