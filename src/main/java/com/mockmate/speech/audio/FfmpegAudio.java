package com.mockmate.speech.audio;

import com.mockmate.speech.AudioClip;
import com.mockmate.speech.SpeechCallException;
import com.mockmate.speech.SpeechProperties;
import com.mockmate.speech.UnreadableAudioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Probes and converts recordings with Debian's ffprobe and ffmpeg. Works on temporary files rather than pipes: MP4
 * recordings from Safari keep their index at the end, which ffmpeg cannot read from a pipe. A few kilobytes of
 * compressed silence can decode to gigabytes, so nothing is decoded beyond the longest answer allowed: ffmpeg stops
 * after that duration ({@code -t}) and that many bytes of output ({@code -fs}), whatever the file claims.
 */
public class FfmpegAudio {

    /** Decoding goes this far past the longest answer allowed, so that a recording cut there is still too long. */
    public static final Duration DECODE_MARGIN = Duration.ofSeconds(2);

    private static final int SAMPLE_RATE = 16_000;
    private static final int PCM_BYTES_PER_SECOND = SAMPLE_RATE * 2;
    /** Room for the file header and the packet ffmpeg finishes writing once past -fs. */
    private static final long OUTPUT_SLACK_BYTES = 64 * 1024;

    private final SpeechProperties.Offline tools;
    private final ExternalCommand command;
    private final Duration decodeLimit;

    public FfmpegAudio(SpeechProperties properties) {
        this(properties.offline(), new ExternalCommand(properties.callTimeout()), properties.maxAnswerDuration());
    }

    FfmpegAudio(SpeechProperties.Offline tools, ExternalCommand command, Duration maxAnswerDuration) {
        this.tools = tools;
        this.command = command;
        this.decodeLimit = maxAnswerDuration.plus(DECODE_MARGIN);
    }

    /**
     * The length the file declares, read by ffprobe from its headers without decoding; empty when it declares none.
     * A declared length can be a lie: decoding is bounded all the same.
     *
     * @throws UnreadableAudioException when ffprobe cannot read the file
     */
    public OptionalDouble probeSeconds(AudioClip clip) {
        Path in = input(clip);
        try {
            var printed = run(
                    List.of(
                            tools.ffprobe(),
                            "-v",
                            "error",
                            "-show_entries",
                            "format=duration",
                            "-of",
                            "default=noprint_wrappers=1:nokey=1",
                            in.toString()),
                    "ffprobe could not read this recording");
            return parseSeconds(printed.strip());
        } finally {
            ExternalCommand.deleteQuietly(in);
        }
    }

    /** 16 kHz mono 16-bit PCM WAV, what PocketSphinx expects, measured; close the result to delete its file. */
    public DecodedAudio toWav16kMono(AudioClip clip) {
        var out = output(".wav");
        try {
            convert(clip, List.of("-c:a", "pcm_s16le"), out);
            return DecodedAudio.measure(out);
        } catch (IOException e) {
            ExternalCommand.deleteQuietly(out);
            throw new UnreadableAudioException("ffmpeg wrote no readable WAV: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            ExternalCommand.deleteQuietly(out);
            throw e;
        }
    }

    /** 16 kHz mono FLAC, for providers that do not take WebM (the Gemini Developer API). */
    public AudioClip toFlac(AudioClip clip) {
        var out = output(".flac");
        try {
            convert(clip, List.of("-c:a", "flac"), out);
            return new AudioClip(Files.readAllBytes(out), "audio/flac");
        } catch (IOException e) {
            throw new SpeechCallException("Could not read the converted recording: " + e.getMessage(), false, e);
        } finally {
            ExternalCommand.deleteQuietly(out);
        }
    }

    private void convert(AudioClip clip, List<String> codec, Path out) {
        Path in = input(clip);
        try {
            var args = new ArrayList<>(List.of(tools.ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
            args.addAll(List.of("-i", in.toString(), "-vn", "-ac", "1", "-ar", String.valueOf(SAMPLE_RATE)));
            args.addAll(codec);
            args.addAll(List.of("-t", seconds(decodeLimit), "-fs", String.valueOf(maxOutputBytes())));
            args.add(out.toString());
            run(args, "ffmpeg could not read this recording");
        } finally {
            ExternalCommand.deleteQuietly(in);
        }
    }

    /** PCM of the decode limit plus slack; FLAC of the same audio is no larger. */
    long maxOutputBytes() {
        return decodeLimit.toMillis() * PCM_BYTES_PER_SECOND / 1000 + OUTPUT_SLACK_BYTES;
    }

    private String run(List<String> args, String failureMessage) {
        try {
            return command.run(args, failureMessage);
        } catch (ExternalCommand.Failed e) {
            throw new UnreadableAudioException(e.getMessage(), e);
        }
    }

    private static Path input(AudioClip clip) {
        Path in = null;
        try {
            in = Files.createTempFile("mockmate-audio-in", ".bin");
            Files.write(in, clip.bytes());
            return in;
        } catch (IOException e) {
            ExternalCommand.deleteQuietly(in);
            throw new SpeechCallException("Could not store the recording for ffmpeg: " + e.getMessage(), false, e);
        }
    }

    private static Path output(String suffix) {
        try {
            return Files.createTempFile("mockmate-audio-out", suffix);
        } catch (IOException e) {
            throw new SpeechCallException("Could not create a file for ffmpeg: " + e.getMessage(), false, e);
        }
    }

    private static String seconds(Duration duration) {
        return String.valueOf(duration.toMillis() / 1000.0);
    }

    /** ffprobe prints the duration in seconds, or N/A when the container does not say. */
    private static OptionalDouble parseSeconds(String printed) {
        try {
            double seconds = Double.parseDouble(printed);
            return Double.isFinite(seconds) && seconds >= 0 ? OptionalDouble.of(seconds) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
