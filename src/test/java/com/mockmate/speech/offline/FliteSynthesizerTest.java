package com.mockmate.speech.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FliteSynthesizerTest {

    private final FliteSynthesizer flite = new FliteSynthesizer(SpeechFixtures.properties());

    private static String header(byte[] audio) {
        return new String(Arrays.copyOfRange(audio, 8, 12), StandardCharsets.US_ASCII);
    }

    @Test
    void speaks_a_line_as_wav_with_the_configured_voice() {
        var speech = flite.synthesize("Tell me about a time you disagreed with a colleague.");

        assertThat(speech.contentType()).isEqualTo("audio/wav");
        assertThat(header(speech.audio())).isEqualTo("WAVE");
        assertThat(speech.audio().length).isGreaterThan(30_000);
        assertThat(flite.provider()).isEqualTo("offline");
        assertThat(flite.voice()).isEqualTo("slt");
    }

    @Test
    void text_that_looks_like_options_or_shell_is_only_spoken() {
        var speech = flite.synthesize("-o /tmp/x \"quoted\" $HOME `id`; naïve café — O(n log n)\nsecond line");

        assertThat(header(speech.audio())).isEqualTo("WAVE");
        assertThat(speech.audio().length).isGreaterThan(30_000);
    }

    @Test
    void rejects_a_voice_flite_does_not_have_instead_of_using_its_default() {
        var unknown = new FliteSynthesizer(SpeechFixtures.properties(Map.of("offline.flite-voice", "nosuch")));

        assertThatThrownBy(() -> unknown.synthesize("Hello"))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageContaining("no voice named nosuch")
                .hasMessageContaining("slt");
    }

    @Test
    void says_when_flite_is_not_installed() {
        var missing = new FliteSynthesizer(SpeechFixtures.properties(Map.of("offline.flite", "/nonexistent/flite")));

        assertThatThrownBy(() -> missing.synthesize("Hello"))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageStartingWith("/nonexistent/flite is not installed");
    }
}
