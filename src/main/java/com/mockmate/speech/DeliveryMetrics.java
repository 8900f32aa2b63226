package com.mockmate.speech;

import java.io.Serializable;
import java.util.List;

/**
 * How a spoken answer was delivered.
 *
 * @param durationSeconds speaking time, first word to last word (the recording's length when there are no timings)
 * @param wordsPerMinute pace over that time
 * @param fillerWordCount every filler occurrence, multi-word ones ("you know") counted once
 * @param fillers the distinct fillers heard, most frequent first
 * @param longPauses gaps between words of at least {@link DeliveryAnalyzer#LONG_PAUSE_SECONDS}
 * @param estimated true when the provider gave no word timings and the figures come from the text and the recording's
 *     length
 */
public record DeliveryMetrics(
        double durationSeconds,
        double wordsPerMinute,
        int fillerWordCount,
        List<String> fillers,
        int longPauses,
        boolean estimated)
        implements Serializable {

    public DeliveryMetrics {
        fillers = List.copyOf(fillers);
        durationSeconds = Math.round(durationSeconds * 100) / 100.0;
        wordsPerMinute = Math.round(wordsPerMinute * 10) / 10.0;
    }
}
