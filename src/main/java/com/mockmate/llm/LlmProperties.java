package com.mockmate.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which model runs the interviewer and how hard to try. Bound from MOCKMATE_LLM_PROVIDER, GEMINI_* and OLLAMA_*
 * (see application.yaml). The API key is only ever read from here: never log this record as a whole.
 */
@ConfigurationProperties("mockmate.llm")
public record LlmProperties(
        @DefaultValue("auto") Provider provider,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("3") int maxTransportRetries,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration callTimeout,
        @DefaultValue Gemini gemini,
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

    /** MOCKMATE_LLM_PROVIDER: auto picks Gemini if a key is set, else a reachable Ollama, else the offline evaluator. */
    public enum Provider {
        AUTO,
        GEMINI,
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
}
