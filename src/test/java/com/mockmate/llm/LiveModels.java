package com.mockmate.llm;

import com.mockmate.llm.gemini.GeminiModel;
import com.mockmate.llm.ollama.OllamaModel;
import com.mockmate.llm.openai.OpenAiModel;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live model the environment points at, built the way the application builds it and from the same variables:
 * Gemini when GEMINI_API_KEY is set, else an OpenAI-compatible server when OPENAI_API_KEY or OPENAI_BASE_URL is set,
 * else Ollama when OLLAMA_BASE_URL is set. MOCKMATE_LLM_PROVIDER (gemini, openai, ollama) picks one explicitly.
 */
final class LiveModels {

    /** Environment variable → application property, as application.yaml maps them. */
    private static final Map<String, String> VARIABLES = Map.of(
            "GEMINI_API_KEY", "mockmate.providers.gemini.api-key",
            "GEMINI_BASE_URL", "mockmate.providers.gemini.base-url",
            "GEMINI_MODEL", "mockmate.llm.gemini.model",
            "OPENAI_API_KEY", "mockmate.providers.openai.api-key",
            "OPENAI_BASE_URL", "mockmate.providers.openai.base-url",
            "OPENAI_MODEL", "mockmate.llm.openai.model",
            "OLLAMA_BASE_URL", "mockmate.llm.ollama.base-url",
            "OLLAMA_MODEL", "mockmate.llm.ollama.model",
            "MOCKMATE_LLM_CALL_TIMEOUT", "mockmate.llm.call-timeout");

    private LiveModels() {}

    static Optional<InterviewerModel> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Optional<InterviewerModel> fromEnvironment(Map<String, String> environment) {
        var values = new HashMap<String, String>();
        VARIABLES.forEach((variable, property) -> {
            var value = environment.get(variable);
            if (value != null && !value.isBlank()) values.put(property, value);
        });
        var binder = new Binder(new MapConfigurationPropertySource(values));
        var accounts = binder.bindOrCreate("mockmate.providers", ProviderAccounts.class);
        var llm = binder.bindOrCreate("mockmate.llm", LlmProperties.class);
        var http = RemoteHttp.client(llm.connectTimeout(), llm.callTimeout());
        var json = JsonMapper.builder().build();
        var schema = ReplySchema.load(json);
        var clock = Clock.systemUTC();
        var chosen = environment.getOrDefault("MOCKMATE_LLM_PROVIDER", "auto");
        boolean gemini = chosen.equals("gemini")
                || (chosen.equals("auto") && accounts.gemini().hasApiKey());
        boolean openai = chosen.equals("openai")
                || (chosen.equals("auto")
                        && !gemini
                        && (accounts.openai().hasApiKey() || environment.containsKey("OPENAI_BASE_URL")));
        boolean ollama = chosen.equals("ollama")
                || (chosen.equals("auto") && !gemini && !openai && environment.containsKey("OLLAMA_BASE_URL"));
        if (gemini) {
            return Optional.of(new GeminiModel(http, accounts.gemini(), llm.gemini(), json, schema, clock));
        }
        if (openai) {
            return Optional.of(new OpenAiModel(http, accounts.openai(), llm.openai(), json, schema, clock));
        }
        if (ollama) {
            return Optional.of(new OllamaModel(http, llm.ollama(), json, schema, clock));
        }
        return Optional.empty();
    }
}
