package com.mockmate.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where an interviewer's words quote a key point: two of its words in a row, small words between them
 * included ("indexed by hashCode", "lost updates") that the candidate's answer and the question did not already say. A follow-up that quotes them gives
 * the missed point away.
 */
public final class KeyPointQuotes {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’+-][\\p{L}\\p{N}]+)*\\+*");
    private static final Set<String> SMALL_WORDS =
            Set.of("a", "an", "the", "of", "on", "in", "to", "and", "or", "by", "for", "with", "is", "are", "not");

    private KeyPointQuotes() {}

    /** The key point's word pairs found in {@code said} but in neither {@code answer} nor {@code question}. */
    public static List<String> quoted(String keyPoint, String said, String answer, String question) {
        var words = words(keyPoint);
        var saidText = " " + String.join(" ", words(said)) + " ";
        var known = " " + String.join(" ", words(answer)) + " " + String.join(" ", words(question)) + " ";
        var quotes = new ArrayList<String>();
        int previous = -1;
        for (int i = 0; i < words.size(); i++) {
            if (SMALL_WORDS.contains(words.get(i))) continue;
            if (previous >= 0) {
                var run = String.join(" ", words.subList(previous, i + 1));
                if (saidText.contains(" " + run + " ") && !known.contains(" " + run + " ")) {
                    quotes.add(run);
                }
            }
            previous = i;
        }
        return quotes;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT))
                .results()
                .map(match -> match.group())
                .toList();
    }
}
