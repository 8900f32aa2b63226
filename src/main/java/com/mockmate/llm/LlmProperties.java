package com.mockmate.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which model runs the interviewer and how hard to try. Bound from MOCKMATE_LLM_PROVIDER, GEMINI_*, OPENAI_* and
 * OLLAMA_* (see application.yaml). The API keys are only ever read from here and print as "(set)".
 */
@ConfigurationProperties("mockmate.llm")
public record LlmProperties(
        @DefaultValue("auto") Provider provider,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("3") int maxTransportRetries,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration callTimeout,
        @DefaultValue Gemini gemini,
        @DefaultValue OpenAi openai,
        @DefaultValue Ollama ollama) {

    public LlmProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("mockmate.llm.max-attempts must be at least 1");
        }
        if (maxTransportRetries < 0) {
            throw new IllegalArgumentException("mockmate.llm.max-transport-retries must not be negative");
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || callTimeout.isNegative()
                || callTimeout.isZero()) {
            throw new IllegalArgumentException("mockmate.llm timeouts must be positive");
        }
    }

    /**
     * MOCKMATE_LLM_PROVIDER: auto picks Gemini if its key is set, else OpenAI-compatible if its key is set, else a
     * reachable Ollama, else the offline evaluator.
     */
    public enum Provider {
        AUTO,
        GEMINI,
        OPENAI,
        OLLAMA,
        OFFLINE
    }

    public record Gemini(
            @DefaultValue("") String apiKey,

            @DefaultValue("https://generativelanguage.googleapis.com")
            String baseUrl,

            @DefaultValue("gemini-2.5-flash") String model) {

        public Gemini {
            apiKey = apiKey.strip();
        }

        public boolean hasApiKey() {
            return !apiKey.isEmpty();
        }

        @Override
        public String toString() {
            return "Gemini[apiKey=" + (hasApiKey() ? "(set)" : "(empty)") + ", baseUrl=" + baseUrl + ", model=" + model
                    + "]";
        }
    }

    public record Ollama(
            @DefaultValue("http://localhost:11434") String baseUrl,
            @DefaultValue("qwen2.5:3b-instruct") String model) {}

    /**
     * Any server that speaks OpenAI's chat completions: OpenAI, vLLM, LM Studio, llama.cpp's server, OpenRouter, Groq.
     * As in OpenAI's own SDKs the base URL includes the version path. The key may be empty for a local server.
     */
    public record OpenAi(
            @DefaultValue("") String apiKey,
            @DefaultValue("https://api.openai.com/v1") String baseUrl,
            @DefaultValue("gpt-4.1-mini") String model) {

        /** Hosted services that answer 401 without a key: for them a missing key is a configuration error. */
        private static final Set<String> HOSTS_NEEDING_A_KEY =
                Set.of("api.openai.com", "openrouter.ai", "api.groq.com");

        public OpenAi {
            apiKey = apiKey.strip();
            baseUrl = baseUrl.strip();
            if (host(baseUrl) == null) {
                throw new IllegalArgumentException("OPENAI_BASE_URL must be an http(s) URL including the version path,"
                        + " e.g. https://api.openai.com/v1 or http://localhost:1234/v1; got '" + baseUrl + "'");
            }
            if (model.isBlank()) {
                throw new IllegalArgumentException("OPENAI_MODEL must not be empty");
            }
        }

        public boolean hasApiKey() {
            return !apiKey.isEmpty();
        }

        /** True for the hosted services known to refuse requests without a key. */
        public boolean needsApiKey() {
            var host = host(baseUrl);
            return host != null && HOSTS_NEEDING_A_KEY.contains(host);
        }

        private static @Nullable String host(String url) {
            try {
                var uri = new URI(url);
                var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                var http = scheme.equals("http") || scheme.equals("https");
                return http && uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : null;
            } catch (URISyntaxException unreadable) {
                return null;
            }
        }

        @Override
        public String toString() {
            return "OpenAi[apiKey=" + (hasApiKey() ? "(set)" : "(empty)") + ", baseUrl=" + baseUrl + ", model=" + model
                    + "]";
        }
    }
}
