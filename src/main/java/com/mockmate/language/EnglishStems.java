package com.mockmate.language;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One word at a time through the same English analysis as key point matching, for callers that tokenize text their
 * own way and must keep each word's position and spelling, such as the résumé's keyword match: Unicode-folded,
 * lower-cased, British spelling folded to American, stop words dropped, Porter-stemmed, so that "Microservices" and
 * "microservice" meet. Words with digits or symbols ("c++", "node.js", "k8s") are terms as they stand.
 */
public final class EnglishStems {

    private EnglishStems() {}

    /** The stem of one word, or {@code null} when it is a stop word or a single letter; {@code word} has no spaces. */
    public static @Nullable String stem(String word) {
        var lowerCase =
                TermAnalyzer.foldSpelling(TextNormalizer.normalize(word).strip().toLowerCase(Locale.ROOT));
        if (lowerCase.isEmpty() || lowerCase.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        List<String> stems = EnglishTerms.stems(List.of(lowerCase));
        return stems.isEmpty() ? null : stems.getFirst();
    }
}
