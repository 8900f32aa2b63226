package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Asks about one missed key point without giving it away: the hint is a short fragment around the key point's last
 * two words that the question has not already used ("lost updates" for "race condition causes lost updates"), never
 * the whole key point. Key points with fewer such words get a question that names nothing.
 */
final class FollowUpQuestion {

    static final String GENERIC =
            "There is one more part of this question you didn't touch on. What else would you consider here?";

    static final int MAX_FRAGMENT_WORDS = 5;

    /** Words as written, keeping "O(1)", "count++", "try-with-resources" and "0.75" whole. */
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’-][\\p{L}\\p{N}]+)*(?:\\([^)\\s]{1,12}\\))?\\+*");

    private FollowUpQuestion() {}

    static String about(String keyPoint, List<String> givenTexts, KeyPointCoverage coverage) {
        var given = coverage.givenTerms(givenTexts);
        var content = WORD.matcher(keyPoint)
                .results()
                .filter(word -> !coverage.terms(word.group()).isEmpty())
                .toList();
        var fresh = content.stream()
                .filter(word -> !given.containsAll(coverage.terms(word.group())))
                .toList();
        if (fresh.size() < 2) {
            return GENERIC;
        }
        MatchResult first = fresh.get(fresh.size() - 2);
        MatchResult last = fresh.getLast();
        var fragment = keyPoint.substring(first.start(), last.end());
        long contentInFragment = content.stream()
                .filter(word -> word.start() >= first.start() && word.end() <= last.end())
                .count();
        if (contentInFragment == content.size() || Sentences.words(fragment) > MAX_FRAGMENT_WORDS) {
            return GENERIC;
        }
        return "You didn't touch on one part yet: how would \"" + fragment + "\" come into play here?";
    }
}
