package com.mockmate.interview.summary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two remarks speak about the same thing: "Weighed trade-offs and limitations." and "Discuss trade-offs or
 * limitations of the approach." both do. Remarks are short and written by the evaluator, so their content words,
 * crudely stemmed, are enough; the verbs and nouns every remark uses do not count.
 */
final class AdviceThemes {

    private static final int STEM = 5;
    private static final Set<String> GENERIC = Set.of(
            "answer",
            "answers",
            "approach",
            "point",
            "points",
            "explain",
            "explained",
            "behind",
            "about",
            "their",
            "which",
            "would",
            "could",
            "should",
            "project",
            "worked",
            "every",
            "throughout",
            "there",
            "these",
            "those",
            "things",
            "something",
            "question",
            "questions",
            "itself",
            "cover",
            "covered",
            "aspects",
            "fuller",
            "directly",
            "address");

    private AdviceThemes() {}

    static boolean overlap(String a, String b) {
        var themes = themes(a);
        return themes(b).stream().anyMatch(themes::contains);
    }

    static Set<String> themes(String remark) {
        return Arrays.stream(remark.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= STEM && !GENERIC.contains(word))
                .map(word -> word.substring(0, STEM))
                .collect(Collectors.toSet());
    }
}
