package com.mockmate.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.storage.BlobStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechOutputTest {

    @TempDir
    Path dir;

    /** Makes "audio" from the text and counts how often it was asked. */
    static final class CountingVoice implements SpeechSynthesizer {
        final List<String> spoken = new ArrayList<>();
        private final String voice;

        CountingVoice(String voice) {
            this.voice = voice;
        }

        @Override
        public String provider() {
            return "counting";
        }

        @Override
        public String voice() {
            return voice;
        }

        @Override
        public SynthesizedSpeech synthesize(String text) {
            spoken.add(text);
            return new SynthesizedSpeech((voice + ":" + text).getBytes(StandardCharsets.UTF_8), "audio/mpeg");
        }
    }

    @Test
    void a_line_is_synthesized_once_and_then_served_from_the_blob_store() {
        var voice = new CountingVoice("alloy");
        var output = new SpeechOutput(Optional.of(voice), BlobStore.local(dir));

        var first = output.speak("Question 1 of 8: what is a hash map?").orElseThrow();
        var again = output.speak("Question 1 of 8: what is a hash map?").orElseThrow();

        assertThat(voice.spoken).hasSize(1);
        assertThat(again.audio()).isEqualTo(first.audio());
        assertThat(again.contentType()).isEqualTo("audio/mpeg");
    }

    @Test
    void another_voice_or_text_is_made_anew() {
        var blobs = BlobStore.local(dir);
        var alloy = new CountingVoice("alloy");
        var nova = new CountingVoice("nova");
        new SpeechOutput(Optional.of(alloy), blobs).speak("Hello");
        new SpeechOutput(Optional.of(alloy), blobs).speak("Goodbye");

        var other = new SpeechOutput(Optional.of(nova), blobs).speak("Hello").orElseThrow();

        assertThat(alloy.spoken).containsExactly("Hello", "Goodbye");
        assertThat(nova.spoken).containsExactly("Hello");
        assertThat(new String(other.audio(), StandardCharsets.UTF_8)).isEqualTo("nova:Hello");
    }

    @Test
    void with_browser_speech_the_server_makes_nothing() {
        var output = new SpeechOutput(Optional.empty(), BlobStore.local(dir));

        assertThat(output.serverSide()).isFalse();
        assertThat(output.provider()).isEqualTo("browser");
        assertThat(output.speak("Hello")).isEmpty();
    }

    @Test
    void the_cache_key_is_safe_for_any_voice_name() {
        var key = SpeechOutput.cacheKey(new CountingVoice("../Voice Name/.."), "text");

        assertThat(key).startsWith("speech/counting/").doesNotContain("..", " ");
    }
}
