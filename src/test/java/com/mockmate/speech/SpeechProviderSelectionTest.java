package com.mockmate.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.speech.SpeechProperties.SttProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SpeechProviderSelectionTest {

    @Test
    void auto_without_keys_is_the_offline_recogniser() {
        var properties = SpeechFixtures.properties();

        assertThat(SpeechProviderConfig.effectiveSttProvider(properties)).isEqualTo(SttProvider.OFFLINE);
        var recognizer =
                SpeechProviderConfig.recognizer(properties, JsonMapper.builder().build());
        assertThat(recognizer.provider()).isEqualTo("offline");
        assertThat(recognizer.lowAccuracy()).isTrue();
    }

    @Test
    void auto_prefers_deepgram_then_openai_then_gemini() {
        assertThat(SpeechProviderConfig.effectiveSttProvider(SpeechFixtures.properties(
                        Map.of("gemini.api-key", "g", "openai.api-key", "o", "deepgram.api-key", "d"))))
                .isEqualTo(SttProvider.DEEPGRAM);
        assertThat(SpeechProviderConfig.effectiveSttProvider(
                        SpeechFixtures.properties(Map.of("gemini.api-key", "g", "openai.api-key", "o"))))
                .isEqualTo(SttProvider.OPENAI);
        assertThat(SpeechProviderConfig.effectiveSttProvider(SpeechFixtures.properties(Map.of("gemini.api-key", "g"))))
                .isEqualTo(SttProvider.GEMINI);
    }

    @Test
    void a_chosen_provider_is_used_even_with_other_keys_set() {
        var properties = SpeechFixtures.properties(Map.of("stt-provider", "openai", "deepgram.api-key", "d"));

        var recognizer =
                SpeechProviderConfig.recognizer(properties, JsonMapper.builder().build());

        assertThat(recognizer.provider()).isEqualTo("openai");
    }

    @Test
    void the_browser_speaks_by_default_and_other_voices_are_made_on_the_server() {
        var json = JsonMapper.builder().build();
        assertThat(SpeechProviderConfig.synthesizer(SpeechFixtures.properties(), json))
                .isEmpty();
        assertThat(SpeechProviderConfig.synthesizer(SpeechFixtures.properties(Map.of("tts-provider", "offline")), json)
                        .orElseThrow()
                        .provider())
                .isEqualTo("offline");
        assertThat(SpeechProviderConfig.synthesizer(
                                SpeechFixtures.properties(
                                        Map.of("tts-provider", "elevenlabs", "elevenlabs.api-key", "k")),
                                json)
                        .orElseThrow()
                        .provider())
                .isEqualTo("elevenlabs");
    }

    @Test
    void keys_never_appear_when_the_settings_are_printed() {
        var properties = SpeechFixtures.properties(Map.of(
                "deepgram.api-key", "dg-secret", "openai.api-key", "sk-secret", "elevenlabs.api-key", "el-secret"));

        assertThat(properties.toString()).doesNotContain("dg-secret", "sk-secret", "el-secret");
    }

    @Test
    void the_shared_openai_base_url_may_carry_the_version_path_of_the_chat_models() {
        assertThat(SpeechFixtures.properties(Map.of("openai.base-url", "https://api.openai.com/v1"))
                        .openai()
                        .baseUrl())
                .isEqualTo("https://api.openai.com");
        assertThat(SpeechFixtures.properties(Map.of("openai.base-url", "https://api.groq.com/openai/v1/"))
                        .openai()
                        .baseUrl())
                .isEqualTo("https://api.groq.com/openai");
        assertThat(SpeechFixtures.properties().openai().baseUrl()).isEqualTo("https://api.openai.com");
    }
}
