package com.mockmate.speech;

import com.mockmate.remote.ProviderAccounts;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Speech settings as the application binds them, with the defaults that point at the Debian tools. */
public final class SpeechFixtures {

    private SpeechFixtures() {}

    /** Keys relative to {@code mockmate.speech}, e.g. {@code offline.flite}. */
    public static SpeechProperties properties(Map<String, String> overrides) {
        var values = new java.util.HashMap<String, String>();
        overrides.forEach((key, value) -> values.put("mockmate.speech." + key, value));
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("mockmate.speech", SpeechProperties.class);
    }

    public static SpeechProperties properties() {
        return properties(Map.of());
    }

    /** Keys relative to {@code mockmate.providers}, e.g. {@code gemini.api-key}. */
    public static ProviderAccounts accounts(Map<String, String> overrides) {
        var values = new java.util.HashMap<String, String>();
        overrides.forEach((key, value) -> values.put("mockmate.providers." + key, value));
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("mockmate.providers", ProviderAccounts.class);
    }

    public static ProviderAccounts accounts() {
        return accounts(Map.of());
    }
}
