package com.mockmate.speech.ui;

import com.mockmate.speech.AudioClip;
import org.jspecify.annotations.Nullable;

/**
 * A spoken answer as the browser sent it: the audio, its declared content type (for example
 * {@code audio/webm;codecs=opus}), the length the browser measured, and the browser's own live transcript when the
 * candidate's browser made one (never scored: the server transcribes the audio itself).
 */
public record Recording(
        byte[] audio,
        String contentType,
        double durationSeconds,
        @Nullable String browserTranscript) {

    public AudioClip clip() {
        return new AudioClip(audio, contentType);
    }
}
