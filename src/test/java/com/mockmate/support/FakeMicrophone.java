package com.mockmate.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Chromium with a fake microphone that plays a sentence spoken by flite, followed by silence (so hands-free recording
 * stops by itself), in a loop. The WAV is made at test time: 16-bit mono, which Chromium's fake device needs.
 */
public final class FakeMicrophone {

    private FakeMicrophone() {}

    public static Chromium speaking(String sentence, double silenceSeconds) {
        try {
            var dir = Files.createDirectories(Path.of("target", "fake-microphone"));
            var spoken = Files.createTempFile(dir, "spoken", ".wav");
            var wav = Files.createTempFile(dir, "microphone", ".wav");
            // The slt voice (16 kHz) is recognised far better by PocketSphinx than flite's 8 kHz default.
            run("flite", "-voice", "slt", "-t", sentence, "-o", spoken.toString());
            run(
                    "ffmpeg",
                    "-y",
                    "-loglevel",
                    "error",
                    "-i",
                    spoken.toString(),
                    "-af",
                    "apad=pad_dur=" + silenceSeconds,
                    "-ac",
                    "1",
                    "-c:a",
                    "pcm_s16le",
                    wav.toString());
            return Chromium.launch(List.of(
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not make the fake microphone's recording", e);
        }
    }

    private static void run(String... command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
