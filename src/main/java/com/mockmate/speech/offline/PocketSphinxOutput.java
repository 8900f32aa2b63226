package com.mockmate.speech.offline;

import com.mockmate.speech.TimedWord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code pocketsphinx_continuous -time yes} prints: per utterance a hypothesis line, then one line per
 * segment, {@code word start end confidence}. Only the segment lines carry timings, so the words come from them.
 */
final class PocketSphinxOutput {

    private static final Pattern SEGMENT =
            Pattern.compile("^(\\S+) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?)$");

    /** The number of an alternate pronunciation from the dictionary: {@code and(2)}. */
    private static final Pattern PRONUNCIATION_VARIANT = Pattern.compile("\\(\\d+\\)$");

    private PocketSphinxOutput() {}

    static List<TimedWord> words(String output) {
        return output.lines()
                .map(String::strip)
                .map(SEGMENT::matcher)
                .filter(Matcher::matches)
                .filter(segment -> isWord(segment.group(1)))
                .map(segment -> new TimedWord(
                        PRONUNCIATION_VARIANT
                                .matcher(segment.group(1))
                                .replaceAll("")
                                .toLowerCase(Locale.ROOT),
                        Double.parseDouble(segment.group(2)),
                        Double.parseDouble(segment.group(3))))
                .toList();
    }

    /** Utterance marks ({@code <s>}, {@code </s>}, {@code <sil>}) and noise classes ({@code [NOISE]}) are not words. */
    private static boolean isWord(String token) {
        return !token.startsWith("<") && !token.startsWith("[") && !token.startsWith("+");
    }
}
