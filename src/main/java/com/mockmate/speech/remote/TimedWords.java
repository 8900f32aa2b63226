package com.mockmate.speech.remote;

import com.mockmate.speech.TimedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Word timings as Deepgram and OpenAI both send them: objects with the word, {@code start} and {@code end} seconds. */
final class TimedWords {

    private TimedWords() {}

    /** Skips blank words; an end before the start (seen in provider output) is clamped to the start. */
    static List<TimedWord> parse(JsonNode words, Function<JsonNode, String> text) {
        var timed = new ArrayList<TimedWord>();
        for (var word : words) {
            var spoken = text.apply(word).strip();
            var start = word.path("start").asDouble(0);
            if (!spoken.isEmpty()) {
                timed.add(new TimedWord(
                        spoken, start, Math.max(start, word.path("end").asDouble(start))));
            }
        }
        return timed;
    }
}
