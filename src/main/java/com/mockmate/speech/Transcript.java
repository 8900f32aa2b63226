package com.mockmate.speech;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a recogniser heard.
 *
 * @param text the transcript as one string (may be empty when nothing was recognised)
 * @param words word timings, in order; empty when the provider gives none
 * @param audioSeconds the recording's length, if known (from the provider or from ffprobe)
 * @param provider short provider name shown to the candidate, e.g. {@code deepgram} or {@code offline}
 * @param lowAccuracy true for recognisers known to be unreliable on real speech (the offline one), so the UI offers a
 *     transcript review
 */
public record Transcript(
        String text, List<TimedWord> words, @Nullable Double audioSeconds, String provider, boolean lowAccuracy) {

    public Transcript {
        text = text.strip();
        words = List.copyOf(words);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
