package com.mockmate.llm;

import com.mockmate.remote.RemoteRetry;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which model runs the interviewer and how hard to try. Bound from MOCKMATE_LLM_*, GEMINI_MODEL, OPENAI_MODEL and
 * OLLAMA_* (see application.yaml); the hosted providers' keys and endpoints are {@link com.mockmate.remote.ProviderAccounts}.
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

    static final Duration RETRY_BASE = Duration.ofMillis(500);
    static final Duration RETRY_CAP = Duration.ofSeconds(8);

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

    /** The transport retries of one turn: 500 ms base and 8 s cap, so that one turn cannot stall for minutes. */
    public RemoteRetry.Policy transportRetries() {
        return new RemoteRetry.Policy(maxTransportRetries + 1, RETRY_BASE, RETRY_CAP);
    }

    /** The key and endpoint are the shared {@link com.mockmate.remote.ProviderAccounts.Gemini} account's. */
    public record Gemini(@DefaultValue("gemini-2.5-flash") String model) {}

    public record Ollama(
            @DefaultValue("http://localhost:11434") String baseUrl,
            @DefaultValue("qwen2.5:3b-instruct") String model) {}

    /** The chat model on the OpenAI-compatible server of the shared {@link com.mockmate.remote.ProviderAccounts.OpenAi} account. */
    public record OpenAi(@DefaultValue("gpt-4.1-mini") String model) {

        public OpenAi {
            if (model.isBlank()) {
                throw new IllegalArgumentException("OPENAI_MODEL must not be empty");
            }
        }
    }
}
