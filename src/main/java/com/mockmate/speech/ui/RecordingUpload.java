package com.mockmate.speech.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Receives one recorded answer posted by {@code <mm-voice-recorder>}: the body is the audio, two headers carry the
 * length the browser measured and its live transcript. Everything comes in one request so the audio never has to wait
 * in the (Redis-serialised) session for its metadata. Reads at most the size limit plus one byte, so an oversized
 * body is refused without buffering it; a refusal reaches the browser as Vaadin's 422 answer, whose reason the
 * element shows.
 */
final class RecordingUpload implements UploadHandler {

    static final String DURATION_HEADER = "X-Duration-Seconds";
    static final String TRANSCRIPT_HEADER = "X-Browser-Transcript";

    /** The browser transcript is only a preview; longer text is cut. */
    static final int TRANSCRIPT_MAX = 5_000;

    private final long maxBytes;
    private final Duration maxAnswer;
    private final SerializableConsumer<Recording> receiver;

    RecordingUpload(long maxBytes, Duration maxAnswer, SerializableConsumer<Recording> receiver) {
        this.maxBytes = maxBytes;
        this.maxAnswer = maxAnswer;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var contentType = event.getContentType();
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("audio/")) {
            event.reject("Only audio can be sent as an answer (received " + contentType + ").");
            return;
        }
        if (event.getFileSize() > maxBytes) {
            event.reject(tooLarge(event.getFileSize()));
            return;
        }
        byte[] audio;
        try (var in = event.getInputStream()) {
            audio = in.readNBytes(Math.toIntExact(maxBytes + 1));
        }
        if (audio.length > maxBytes) {
            event.reject(tooLarge(audio.length));
            return;
        }
        if (audio.length == 0) {
            event.reject("The recording is empty. Record your answer again.");
            return;
        }
        var request = event.getRequest();
        var recording = new Recording(
                audio,
                contentType,
                seconds(request.getHeader(DURATION_HEADER)),
                transcript(request.getHeader(TRANSCRIPT_HEADER)));
        event.getUI().accessSynchronously(() -> receiver.accept(recording));
    }

    String tooLarge(long bytes) {
        return "The recording is too large (%s; the limit is %s). Record a shorter answer."
                .formatted(size(bytes), size(maxBytes));
    }

    /** The browser's figure, kept within what the recorder allows: a wrong header must not make a 3-hour answer. */
    double seconds(@Nullable String header) {
        if (header == null) {
            return 0;
        }
        try {
            var seconds = Double.parseDouble(header.strip());
            return Double.isFinite(seconds) ? Math.clamp(seconds, 0, maxAnswer.toSeconds() + 1.0) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static @Nullable String transcript(@Nullable String header) {
        if (header == null) {
            return null;
        }
        String text;
        try {
            // encodeURIComponent in the browser: every '+' arrives as %2B, so URLDecoder's '+' rule never applies.
            text = URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > TRANSCRIPT_MAX ? text.substring(0, TRANSCRIPT_MAX) : text;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
