package com.mockmate.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into the terms that key point matching compares: Unicode-folded, split into words, lower-cased, British
 * spellings folded to American, synonyms made canonical, then stop words dropped and stemmed by {@link EnglishTerms}.
 * Big-O expressions become one term ("O(log n)" → "bigologn") so that "O(1)" is not just the number 1.
 */
final class TermAnalyzer {

    private static final Pattern BIG_O = Pattern.compile("\\bO\\(\\s*([^()]{1,16})\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern CAMEL_BOUNDARY =
            Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern BRITISH_IZE = Pattern.compile("^(\\p{L}{2,})is(e|ed|es|ing|ation|ations|er|ers)$");
    private static final Pattern BRITISH_OUR = Pattern.compile("^(\\p{L}{3,})our(s?)$");
    private static final Pattern BRITISH_YSE = Pattern.compile("^(\\p{L}+)ys(e|ed|es|ing)$");

    /** The terms of a text and the wider set of terms it offers as evidence. */
    record Analysis(List<String> terms, Set<String> evidence) {}

    private TermAnalyzer() {}

    /** The distinct content terms of a text, in order of first appearance. */
    static List<String> terms(String text) {
        return distinct(EnglishTerms.stems(canonicalWords(writtenWords(text))));
    }

    /**
     * The {@link #terms(String)} of a text and the terms it offers as evidence: its terms plus the parts of camel-case
     * words ("ForkJoinPool.commonPool" also says "common") and neighbouring words joined up ("fork join pool" also
     * says "forkjoinpool"), so that a key point written either way can be matched. The text is read once for both.
     */
    static Analysis analyze(String text) {
        var written = writtenWords(text);
        var words = canonicalWords(written);
        var terms = distinct(EnglishTerms.stems(words));
        var evidence = new LinkedHashSet<>(terms);
        var camelParts = new ArrayList<String>();
        for (String word : written) {
            if (hasInnerCapital(word)) {
                for (String part : CAMEL_BOUNDARY.split(word)) {
                    camelParts.add(foldSpelling(part.toLowerCase(Locale.ROOT)));
                }
            }
        }
        evidence.addAll(EnglishTerms.stems(camelParts));
        var joined = new ArrayList<String>();
        for (int i = 0; i + 1 < words.size(); i++) {
            joined.add(words.get(i) + words.get(i + 1));
            if (i + 2 < words.size()) {
                joined.add(words.get(i) + words.get(i + 1) + words.get(i + 2));
            }
        }
        evidence.addAll(EnglishTerms.stems(joined));
        return new Analysis(terms, evidence);
    }

    /** The words as written, after Unicode folding, with each Big-O expression made one word. */
    private static List<String> writtenWords(String text) {
        var normalized = BIG_O.matcher(TextNormalizer.normalize(text))
                .replaceAll(match -> " bigo"
                        + NOT_WORD_CHARACTER
                                .matcher(match.group(1))
                                .replaceAll("")
                                .toLowerCase(Locale.ROOT)
                        + " ");
        return EnglishTerms.words(normalized);
    }

    /** Lower-cased, spelling folded, synonyms made canonical; stop words kept (n-grams join across them). */
    private static List<String> canonicalWords(List<String> written) {
        var lowerCase = new ArrayList<String>(written.size());
        for (String word : written) {
            lowerCase.add(foldSpelling(word.toLowerCase(Locale.ROOT)));
        }
        return Synonyms.canonicalize(lowerCase);
    }

    private static List<String> distinct(List<String> terms) {
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String foldSpelling(String word) {
        // The three patterns cost more than the rest of the analysis; most words cannot match any of them.
        if (!word.contains("is") && !word.contains("our") && !word.contains("ys")) {
            return word;
        }
        var folded = BRITISH_IZE.matcher(word).replaceFirst("$1iz$2");
        folded = BRITISH_OUR.matcher(folded).replaceFirst("$1or$2");
        return BRITISH_YSE.matcher(folded).replaceFirst("$1yz$2");
    }
}
