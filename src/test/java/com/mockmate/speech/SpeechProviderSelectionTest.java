package com.mockmate.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.speech.SpeechProperties.SttProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SpeechProviderSelectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void auto_without_keys_is_the_offline_recogniser() {
        var properties = SpeechFixtures.properties();
        var accounts = SpeechFixtures.accounts();

        assertThat(SpeechProviderConfig.effectiveSttProvider(properties, accounts))
                .isEqualTo(SttProvider.OFFLINE);
        var recognizer = SpeechProviderConfig.recognizer(properties, accounts, JSON);
        assertThat(recognizer.provider()).isEqualTo("offline");
        assertThat(recognizer.lowAccuracy()).isTrue();
    }

    @Test
    void auto_prefers_deepgram_then_openai_then_gemini() {
        assertThat(sttProviderWith(Map.of("gemini.api-key", "g", "openai.api-key", "o", "deepgram.api-key", "d")))
                .isEqualTo(SttProvider.DEEPGRAM);
        assertThat(sttProviderWith(Map.of("gemini.api-key", "g", "openai.api-key", "o")))
                .isEqualTo(SttProvider.OPENAI);
        assertThat(sttProviderWith(Map.of("gemini.api-key", "g"))).isEqualTo(SttProvider.GEMINI);
    }

    private static SttProvider sttProviderWith(Map<String, String> keys) {
        return SpeechProviderConfig.effectiveSttProvider(SpeechFixtures.properties(), SpeechFixtures.accounts(keys));
    }

    @Test
    void a_chosen_provider_is_used_even_with_other_keys_set() {
        var recognizer = SpeechProviderConfig.recognizer(
                SpeechFixtures.properties(Map.of("stt-provider", "openai")),
                SpeechFixtures.accounts(Map.of("deepgram.api-key", "d")),
                JSON);

        assertThat(recognizer.provider()).isEqualTo("openai");
    }

    @Test
    void the_browser_speaks_by_default_and_other_voices_are_made_on_the_server() {
        var accounts = SpeechFixtures.accounts(Map.of("elevenlabs.api-key", "k"));
        assertThat(SpeechProviderConfig.synthesizer(SpeechFixtures.properties(), accounts, JSON))
                .isEmpty();
        assertThat(SpeechProviderConfig.synthesizer(
                                SpeechFixtures.properties(Map.of("tts-provider", "offline")), accounts, JSON)
                        .orElseThrow()
                        .provider())
                .isEqualTo("offline");
        assertThat(SpeechProviderConfig.synthesizer(
                                SpeechFixtures.properties(Map.of("tts-provider", "elevenlabs")), accounts, JSON)
                        .orElseThrow()
                        .provider())
                .isEqualTo("elevenlabs");
    }

    @Test
    void keys_never_appear_when_the_settings_are_printed() {
        var accounts = SpeechFixtures.accounts(Map.of(
                "deepgram.api-key", "dg-secret", "openai.api-key", "sk-secret", "elevenlabs.api-key", "el-secret"));

        assertThat(accounts.toString()).doesNotContain("dg-secret", "sk-secret", "el-secret");
        assertThat(SpeechFixtures.properties().toString()).doesNotContainIgnoringCase("key");
    }
}
