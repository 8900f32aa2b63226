package com.mockmate.speech;

import java.util.List;

/**
 * Measures how a spoken answer was delivered: pace, filler words and long pauses. Pure and thread-safe; see
 * {@link FillerWords} for which words count as fillers.
 */
public class DeliveryAnalyzer {

    /** A silence between two words at least this long counts as a long pause. */
    public static final double LONG_PAUSE_SECONDS = 2.0;

    /** A typical conversational pace, used for the length when neither word timings nor the recording's length exist. */
    static final double ASSUMED_WORDS_PER_MINUTE = 150.0;

    public DeliveryMetrics analyze(Transcript transcript) {
        var spoken = FillerWords.SpokenWord.of(transcript.text());
        var fillers = FillerWords.count(spoken);
        double duration = durationSeconds(transcript, spoken.size());
        double wordsPerMinute = duration > 0 ? spoken.size() * 60.0 / duration : 0.0;
        return new DeliveryMetrics(
                duration,
                wordsPerMinute,
                fillers.values().stream().mapToInt(Integer::intValue).sum(),
                List.copyOf(fillers.keySet()),
                longPauses(transcript.words()),
                transcript.words().isEmpty());
    }

    /**
     * The figures for a transcript the candidate corrected: the timings (length, pauses) stay as measured from the
     * recording, the words and fillers are counted again in the confirmed text, so the pace matches what was said.
     */
    public DeliveryMetrics recount(DeliveryMetrics measured, String confirmedText) {
        var spoken = FillerWords.SpokenWord.of(confirmedText);
        var fillers = FillerWords.count(spoken);
        double duration = measured.durationSeconds();
        return new DeliveryMetrics(
                duration,
                duration > 0 ? spoken.size() * 60.0 / duration : 0.0,
                fillers.values().stream().mapToInt(Integer::intValue).sum(),
                List.copyOf(fillers.keySet()),
                measured.longPauses(),
                measured.estimated());
    }

    private static double durationSeconds(Transcript transcript, int wordCount) {
        var words = transcript.words();
        if (!words.isEmpty()) {
            return words.getLast().endSeconds() - words.getFirst().startSeconds();
        }
        var audioSeconds = transcript.audioSeconds();
        if (audioSeconds != null && audioSeconds > 0) {
            return audioSeconds;
        }
        return wordCount * 60.0 / ASSUMED_WORDS_PER_MINUTE;
    }

    private static int longPauses(List<TimedWord> words) {
        int pauses = 0;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).startSeconds() - words.get(i - 1).endSeconds() >= LONG_PAUSE_SECONDS) {
                pauses++;
            }
        }
        return pauses;
    }
}
