package com.mockmate.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** How a spoken answer was delivered, as the model sees it: evidence for the communication rating. */
public record DeliveryEvidence(
        @JsonProperty("duration_seconds") double durationSeconds,
        @JsonProperty("words_per_minute") double wordsPerMinute,
        @JsonProperty("filler_word_count") int fillerWordCount,
        List<String> fillers,
        @JsonProperty("long_pauses") int longPauses,
        boolean estimated) {}
