package com.mockmate.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.AudioSamples;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechFixtures;
import com.mockmate.speech.UnreadableAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The real ffmpeg on recordings made with flite and ffmpeg, encoded as browsers upload them. */
class FfmpegAudioTest {

    private static final String SENTENCE = "a hash map stores keys and values";

    private final FfmpegAudio ffmpeg = new FfmpegAudio(SpeechFixtures.properties());

    @Test
    void converts_a_webm_opus_recording_to_16_khz_mono_wav_of_the_same_length() throws IOException {
        var spoken = AudioSamples.spokenWav(SENTENCE);

        try (var decoded = ffmpeg.toWav16kMono(new AudioClip(AudioSamples.webm(spoken), "audio/webm;codecs=opus"))) {
            var wav = Files.readAllBytes(decoded.wav());
            var header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
            assertThat(header.getInt(24)).as("sample rate").isEqualTo(16_000);
            assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
            assertThat(decoded.seconds()).isGreaterThan(1.5).isCloseTo(spokenSeconds(spoken), within(0.05));
            assertThat(decoded.isSilent()).isFalse();
            assertThat(decoded.peakRmsDbfs()).isGreaterThan(-30.0);
        }
    }

    @Test
    void a_muted_microphone_gives_a_silent_recording_of_the_right_length() {
        try (var decoded = ffmpeg.toWav16kMono(new AudioClip(AudioSamples.silentWebm(3.0), "audio/webm"))) {
            assertThat(decoded.isSilent()).isTrue();
            assertThat(decoded.seconds()).isCloseTo(3.0, within(0.05));
        }
    }

    @Test
    void closing_the_decoded_audio_deletes_its_file() {
        var decoded = ffmpeg.toWav16kMono(new AudioClip(AudioSamples.silentWebm(1.0), "audio/webm"));
        assertThat(decoded.wav()).exists();

        decoded.close();

        assertThat(decoded.wav()).doesNotExist();
    }

    @Test
    void probes_the_declared_length_without_decoding() {
        var probed = ffmpeg.probeSeconds(new AudioClip(AudioSamples.silentFlac(600), "audio/flac"));

        assertThat(probed).hasValueCloseTo(600.0, within(0.1));
    }

    /** Ten minutes of compressed silence: about 100 KB, 19 MB as 16 kHz PCM; decoding stops at the limit. */
    @Test
    void never_decodes_more_than_the_longest_answer_allowed() {
        var limited = new FfmpegAudio(SpeechFixtures.properties(Map.of("max-answer-duration", "20s")));

        try (var decoded = limited.toWav16kMono(new AudioClip(AudioSamples.silentFlac(600), "audio/flac"))) {
            assertThat(decoded.seconds()).isCloseTo(22.0, within(0.1));
            assertThat(decoded.wav().toFile().length()).isLessThanOrEqualTo(limited.maxOutputBytes() + 1024);
        }
        var flac = limited.toFlac(new AudioClip(AudioSamples.silentFlac(600), "audio/flac"));
        try (var decoded = limited.toWav16kMono(flac)) {
            assertThat(decoded.seconds()).as("the FLAC for Gemini is cut too").isCloseTo(22.0, within(0.1));
        }
    }

    /** A file whose timestamps lie can slip past -t; the output size limit still stops ffmpeg. */
    @Test
    void the_output_size_limit_holds_when_the_duration_limit_does_not() {
        var withoutDurationLimit = new ExternalCommand(Duration.ofSeconds(60)) {
            @Override
            public String run(List<String> args, String failureMessage) {
                var kept = new ArrayList<>(args);
                int t = kept.indexOf("-t");
                kept.subList(t, t + 2).clear();
                return super.run(kept, failureMessage);
            }
        };
        var limited =
                new FfmpegAudio(SpeechFixtures.properties().offline(), withoutDurationLimit, Duration.ofSeconds(20));

        try (var decoded = limited.toWav16kMono(new AudioClip(AudioSamples.silentFlac(600), "audio/flac"))) {
            assertThat(decoded.wav().toFile().length())
                    .isBetween(limited.maxOutputBytes() - 16 * 1024, limited.maxOutputBytes() + 16 * 1024);
            assertThat(decoded.seconds()).isLessThan(25.0);
        }
    }

    @Test
    void rejects_bytes_that_are_not_audio_as_unreadable() {
        var garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        var clip = new AudioClip(garbage, "audio/webm");

        assertThatThrownBy(() -> ffmpeg.toWav16kMono(clip))
                .isInstanceOf(UnreadableAudioException.class)
                .hasMessageStartingWith("ffmpeg could not read this recording")
                .extracting(e -> ((SpeechCallException) e).retryable())
                .isEqualTo(false);
        assertThatThrownBy(() -> ffmpeg.probeSeconds(clip))
                .isInstanceOf(UnreadableAudioException.class)
                .hasMessageStartingWith("ffprobe could not read this recording");
    }

    @Test
    void says_when_ffmpeg_is_not_installed() {
        var missing = new FfmpegAudio(SpeechFixtures.properties(Map.of("offline.ffmpeg", "/nonexistent/ffmpeg")));

        assertThatThrownBy(() -> missing.toWav16kMono(new AudioClip(new byte[] {1, 2, 3}, "audio/webm")))
                .isInstanceOf(SpeechCallException.class)
                .isNotInstanceOf(UnreadableAudioException.class)
                .hasMessageStartingWith("/nonexistent/ffmpeg is not installed");
    }

    private static double spokenSeconds(byte[] wav) {
        var header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        return (wav.length - 44) / 2.0 / header.getInt(24);
    }
}
