package com.mockmate.speech;

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
}
