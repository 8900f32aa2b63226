package com.mockmate.speech.audio;

import com.mockmate.speech.SpeechCallException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs a local tool (ffmpeg, pocketsphinx, flite) with a time limit and returns what it printed. Output goes to a
 * temporary file, not a pipe, so a chatty tool can never block on a full pipe buffer.
 */
public class ExternalCommand {

    private static final int MAX_ERROR_DETAIL = 300;

    private final Duration timeout;

    public ExternalCommand(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs the command and returns its standard output; stderr is kept for the error message only. */
    public String run(List<String> args, String failureMessage) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("mockmate-cmd", ".out");
            stderr = Files.createTempFile("mockmate-cmd", ".err");
            var process = start(args, stdout, stderr);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // Wait for the kill, so the finally block does not delete files the tool still writes.
                process.destroyForcibly().waitFor();
                throw new SpeechCallException(
                        args.getFirst() + " took longer than " + timeout.toSeconds() + " s", true, null);
            }
            if (process.exitValue() != 0) {
                throw new Failed(failureMessage + detail(stderr));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpeechCallException("Could not run " + args.getFirst() + ": " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechCallException(args.getFirst() + " was interrupted", true, e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static Process start(List<String> args, Path stdout, Path stderr) {
        try {
            return new ProcessBuilder(args)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
        } catch (IOException e) {
            // Only a failed start means the tool itself is missing; later I/O errors concern our temporary files.
            throw new SpeechCallException(
                    args.getFirst() + " is not installed or cannot be run (" + e.getMessage()
                            + "); install it or choose another provider",
                    false,
                    e);
        }
    }

    private static String detail(Path stderr) throws IOException {
        var text = Files.readString(stderr, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() <= MAX_ERROR_DETAIL ? text : text.substring(0, MAX_ERROR_DETAIL) + "…");
    }

    /**
     * The tool ran and exited with an error: for ffmpeg and ffprobe, the input is not audio they can read. The message
     * holds the tool's own words (with temporary file paths), for the log only.
     */
    public static class Failed extends SpeechCallException {

        Failed(String message) {
            super(message, false, null);
        }
    }

    public static void deleteQuietly(@Nullable Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; the OS cleans its temp directory.
        }
    }
}
