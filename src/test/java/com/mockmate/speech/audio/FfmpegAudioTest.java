package com.mockmate.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.AudioSamples;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechFixtures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The real ffmpeg on recordings made with flite and ffmpeg, encoded as browsers upload them. */
class FfmpegAudioTest {

    private static final String SENTENCE = "a hash map stores keys and values";

    private final FfmpegAudio ffmpeg = new FfmpegAudio(SpeechFixtures.properties());

    @Test
    void converts_a_webm_opus_recording_to_16_khz_mono_wav_of_the_same_length() {
        var spoken = AudioSamples.spokenWav(SENTENCE);

        var decoded = ffmpeg.toWav16kMono(new AudioClip(AudioSamples.webm(spoken), "audio/webm;codecs=opus"));

        var header = ByteBuffer.wrap(decoded.wav()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(decoded.wav(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(16_000);
        assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
        assertThat(decoded.seconds())
                .isGreaterThan(1.5)
                .isCloseTo(DecodedAudio.fromWav(spoken).seconds(), within(0.05));
        assertThat(decoded.isSilent()).isFalse();
        assertThat(decoded.peakRmsDbfs()).isGreaterThan(-30.0);
    }

    @Test
    void a_muted_microphone_gives_a_silent_recording_of_the_right_length() {
        var decoded = ffmpeg.toWav16kMono(new AudioClip(AudioSamples.silentWebm(3.0), "audio/webm"));

        assertThat(decoded.isSilent()).isTrue();
        assertThat(decoded.seconds()).isCloseTo(3.0, within(0.05));
    }

    @Test
    void converts_a_recording_to_flac() {
        var flac = ffmpeg.toFlac(new AudioClip(AudioSamples.webm(AudioSamples.spokenWav(SENTENCE)), "audio/webm"));

        assertThat(flac.contentType()).isEqualTo("audio/flac");
        assertThat(Arrays.copyOf(flac.bytes(), 4)).isEqualTo("fLaC".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void rejects_bytes_that_are_not_audio_with_a_readable_reason() {
        var garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertThatThrownBy(() -> ffmpeg.toWav16kMono(new AudioClip(garbage, "audio/webm")))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageStartingWith("ffmpeg could not read this recording")
                .extracting(e -> ((SpeechCallException) e).retryable())
                .isEqualTo(false);
    }

    @Test
    void says_when_ffmpeg_is_not_installed() {
        var missing = new FfmpegAudio(SpeechFixtures.properties(Map.of("offline.ffmpeg", "/nonexistent/ffmpeg")));

        assertThatThrownBy(() -> missing.toWav16kMono(new AudioClip(new byte[] {1, 2, 3}, "audio/webm")))
                .isInstanceOf(SpeechCallException.class)
                .hasMessageStartingWith("/nonexistent/ffmpeg is not installed");
    }
}
