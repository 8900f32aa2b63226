package com.mockmate.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each hosted provider is and the key it takes, bound once from GEMINI_*, OPENAI_*, DEEPGRAM_* and ELEVENLABS_*
 * (see application.yaml). The interviewer model and the speech providers share the Gemini and OpenAI accounts. Keys
 * are {@link ApiKey}s, so printing these settings never shows one.
 */
@ConfigurationProperties("mockmate.providers")
public record ProviderAccounts(
        @DefaultValue Gemini gemini,
        @DefaultValue OpenAi openai,
        @DefaultValue Deepgram deepgram,
        @DefaultValue ElevenLabs elevenlabs) {

    /** A provider's endpoint and key. */
    public interface Account {

        ApiKey apiKey();

        String baseUrl();

        default boolean hasApiKey() {
            return apiKey().isPresent();
        }
    }

    public record Gemini(
            @DefaultValue("") ApiKey apiKey,

            @DefaultValue("https://generativelanguage.googleapis.com")
            String baseUrl) implements Account {}

    /**
     * Any server that speaks OpenAI's API: OpenAI, vLLM, LM Studio, llama.cpp's server, OpenRouter, Groq. As in
     * OpenAI's own SDKs the base URL includes the version path. The key may be empty for a local server.
     */
    public record OpenAi(
            @DefaultValue("") ApiKey apiKey,
            @DefaultValue("https://api.openai.com/v1") String baseUrl) implements Account {

        /** Hosted services that answer 401 without a key: for them a missing key is a configuration error. */
        private static final Set<String> HOSTS_NEEDING_A_KEY =
                Set.of("api.openai.com", "openrouter.ai", "api.groq.com");

        public OpenAi {
            baseUrl = baseUrl.strip();
            if (host(baseUrl) == null) {
                throw new IllegalArgumentException("OPENAI_BASE_URL must be an http(s) URL including the version path,"
                        + " e.g. https://api.openai.com/v1 or http://localhost:1234/v1; got '" + baseUrl + "'");
            }
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
    }

    public record Deepgram(
            @DefaultValue("") ApiKey apiKey,
            @DefaultValue("https://api.deepgram.com") String baseUrl) implements Account {}

    public record ElevenLabs(
            @DefaultValue("") ApiKey apiKey,
            @DefaultValue("https://api.elevenlabs.io") String baseUrl) implements Account {}
}
