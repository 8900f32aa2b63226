package com.mockmate.llm.provider;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ReplySchema;
import com.mockmate.llm.SelectedModel;
import com.mockmate.llm.gemini.GeminiModel;
import com.mockmate.llm.ollama.OllamaModel;
import com.mockmate.llm.openai.OpenAiModel;
import com.mockmate.remote.ProviderAccounts;
import com.mockmate.remote.RemoteHttp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP providers share one OkHttp client; the offline evaluator registers itself as another model bean. */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

    static final Duration OLLAMA_PROBE_TIMEOUT = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    private final LlmProperties properties;
    private final ProviderAccounts accounts;
    private final OkHttpClient http;

    LlmConfiguration(LlmProperties properties, ProviderAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.http = RemoteHttp.client(properties.connectTimeout(), properties.callTimeout());
    }

    @Bean
    GeminiModel geminiModel(JsonMapper mapper, Clock clock) {
        return new GeminiModel(http, accounts.gemini(), properties.gemini(), mapper, ReplySchema.load(mapper), clock);
    }

    @Bean
    OpenAiModel openAiModel(JsonMapper mapper, Clock clock) {
        return new OpenAiModel(http, accounts.openai(), properties.openai(), mapper, ReplySchema.load(mapper), clock);
    }

    @Bean
    OllamaModel ollamaModel(JsonMapper mapper, Clock clock) {
        return new OllamaModel(http, properties.ollama(), mapper, ReplySchema.load(mapper), clock);
    }

    @Bean
    SelectedModel selectedModel(List<InterviewerModel> models, OllamaModel ollama) {
        var selected =
                new ModelSelector(properties, accounts, () -> ollama.reachable(OLLAMA_PROBE_TIMEOUT)).select(models);
        log.info(
                "Interviewer model: {} {} ({})",
                selected.model().provider(),
                selected.model().model(),
                selected.reason());
        return selected;
    }
}
