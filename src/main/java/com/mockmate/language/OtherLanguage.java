package com.mockmate.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an answer written in another language from a terse English one. Technical terms are the same in every
 * language ("HashMap", "Redis"), so the function words decide: an answer is in another language when it uses at least
 * two common German, French, Spanish, Italian or Portuguese function words and more of them than English ones. A bare
 * English list of terms has few function words of either kind and stays English.
 */
public final class OtherLanguage {

    static final int MIN_FOREIGN_WORDS = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");

    private static final Set<String> ENGLISH = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "is", "are", "was",
            "were", "be", "been", "it", "this", "that", "these", "those", "i", "you", "we", "they", "he", "she", "my",
            "our", "your", "have", "has", "had", "not", "do", "does", "did", "so", "as", "by", "from", "if", "when",
            "which", "what", "there", "their", "will", "would", "can", "could", "then", "than", "because");

    /** Words that are not also English words (no "in", "so", "die", "also", "was", "is"). */
    private static final Set<String> FOREIGN = Set.of(
            "der", "das", "und", "ist", "nicht", "ich", "mit", "ein", "eine", "einen", "es", "zu", "den", "dem", "auf",
            "wenn", "man", "habe", "wir", "sie", "auch", "oder", "aber", "sehr", "wie", "el", "la", "los", "las", "que",
            "de", "y", "en", "lo", "un", "una", "por", "para", "con", "muy", "se", "pero", "le", "les", "et", "est",
            "une", "des", "du", "je", "pas", "avec", "pour", "qui", "il", "che", "di", "e", "non", "sono", "os", "não",
            "uma", "mais", "como");

    private OtherLanguage() {}

    public static boolean isOtherLanguage(String text) {
        List<String> words = WORD.matcher(TextNormalizer.normalize(text).toLowerCase(Locale.ROOT))
                .results()
                .map(match -> match.group())
                .toList();
        long english = words.stream().filter(ENGLISH::contains).count();
        long foreign = words.stream().filter(FOREIGN::contains).count();
        return foreign >= MIN_FOREIGN_WORDS && foreign > english;
    }
}
