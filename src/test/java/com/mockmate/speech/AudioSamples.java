package com.mockmate.speech;

import com.mockmate.speech.audio.ExternalCommand;
import com.mockmate.speech.offline.FliteSynthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real recordings made at test time with the Debian tools: flite speaks, ffmpeg encodes as a browser would. */
public final class AudioSamples {

    private static final ExternalCommand COMMAND = new ExternalCommand(Duration.ofSeconds(60));

    private AudioSamples() {}

    /** The text spoken by flite's default voice, as WAV. */
    public static byte[] spokenWav(String text) {
        return new FliteSynthesizer(SpeechFixtures.properties())
                .synthesize(text)
                .audio();
    }

    /** Opus in WebM, what Chrome's and Firefox's MediaRecorder upload. */
    public static byte[] webm(byte[] audio) {
        return encode(List.of("-i", "%in"), audio, List.of("-c:a", "libopus"), ".webm");
    }

    /** A recording of digital silence, as from a muted microphone, in WebM. */
    public static byte[] silentWebm(double seconds) {
        return encode(
                List.of("-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", String.valueOf(seconds)),
                new byte[0],
                List.of("-c:a", "libopus"),
                ".webm");
    }

    /**
     * Digital silence as mono FLAC at 8 kHz: ten minutes compress to about 100 KB, the decompression bomb in miniature
     * (19 MB as 16 kHz PCM).
     */
    public static byte[] silentFlac(double seconds) {
        return encode(
                List.of("-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", String.valueOf(seconds)),
                new byte[0],
                List.of("-c:a", "flac"),
                ".flac");
    }

    private static byte[] encode(List<String> inputOptions, byte[] input, List<String> outputOptions, String suffix) {
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("mockmate-sample-in", ".bin");
            out = Files.createTempFile("mockmate-sample-out", suffix);
            Files.write(in, input);
            var args = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y"));
            for (var option : inputOptions) {
                args.add(option.equals("%in") ? in.toString() : option);
            }
            args.addAll(outputOptions);
            args.add(out.toString());
            COMMAND.run(args, "ffmpeg could not make the sample");
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ExternalCommand.deleteQuietly(in);
            ExternalCommand.deleteQuietly(out);
        }
    }
}
