package com.mockmate.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into the terms that key point matching compares: Unicode-folded, lower-cased, British spellings folded
 * to American, synonyms made canonical, stop words dropped, Porter-stemmed. Big-O expressions become one term
 * ("O(log n)" → "bigologn") so that "O(1)" is not just the number 1.
 */
final class TermAnalyzer {

    private static final Pattern BIG_O = Pattern.compile("\\bO\\(\\s*([^()]{1,16})\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:\\.\\p{N}+)+|[\\p{L}\\p{N}]+");
    private static final Pattern CAMEL_BOUNDARY =
            Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern BRITISH_IZE = Pattern.compile("^(\\p{L}{2,})is(e|ed|es|ing|ation|ations|er|ers)$");
    private static final Pattern BRITISH_OUR = Pattern.compile("^(\\p{L}{3,})our(s?)$");
    /** Porter stems "exceeds" to "exce" but "exceeded" to "exceed"; folding "-eeded"/"-eeding" first agrees them. */
    private static final Pattern EED_INFLECTION = Pattern.compile("eed(ed|ing)$");

    private static final Pattern BRITISH_YSE = Pattern.compile("^(\\p{L}+)ys(e|ed|es|ing)$");

    private TermAnalyzer() {}

    /** The distinct content terms of a text, in order of first appearance. */
    static List<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        for (String token : Synonyms.canonicalize(lowerCaseTokens(text))) {
            addTerm(terms, token);
        }
        return List.copyOf(terms);
    }

    /**
     * The terms an answer offers as evidence: its {@link #terms(String)} plus the parts of camel-case words
     * ("ForkJoinPool.commonPool" also says "common") and neighbouring words joined up ("fork join pool" also says
     * "forkjoinpool"), so that a key point written either way can be matched.
     */
    static Set<String> evidence(String text) {
        var evidence = new LinkedHashSet<>(terms(text));
        for (String token : originalTokens(text)) {
            var parts = CAMEL_BOUNDARY.split(token);
            if (parts.length > 1) {
                for (String part : parts) addTerm(evidence, foldSpelling(part.toLowerCase(Locale.ROOT)));
            }
        }
        var tokens = Synonyms.canonicalize(lowerCaseTokens(text));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            evidence.add(stem(tokens.get(i) + tokens.get(i + 1)));
            if (i + 2 < tokens.size()) {
                evidence.add(stem(tokens.get(i) + tokens.get(i + 1) + tokens.get(i + 2)));
            }
        }
        return evidence;
    }

    /** Lower-cased word tokens with spelling folded, stop words kept (phrases in the synonym table need them). */
    static List<String> lowerCaseTokens(String text) {
        var tokens = new ArrayList<String>();
        for (String token : originalTokens(text)) {
            tokens.add(foldSpelling(token.toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    static boolean isContentWord(String lowerCaseToken) {
        boolean hasDigit = lowerCaseToken.chars().anyMatch(Character::isDigit);
        return (lowerCaseToken.length() > 1 || hasDigit) && !StopWords.contains(lowerCaseToken);
    }

    private static List<String> originalTokens(String text) {
        var normalized = BIG_O.matcher(TextNormalizer.normalize(text))
                .replaceAll(match -> " bigo"
                        + match.group(1).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT) + " ");
        var tokens = new ArrayList<String>();
        var matcher = TOKEN.matcher(normalized);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void addTerm(Set<String> terms, String lowerCaseToken) {
        if (isContentWord(lowerCaseToken)) {
            terms.add(stem(lowerCaseToken));
        }
    }

    private static String stem(String lowerCaseToken) {
        return PorterStemmer.stem(EED_INFLECTION.matcher(lowerCaseToken).replaceFirst("eed"));
    }

    private static String foldSpelling(String word) {
        var folded = BRITISH_IZE.matcher(word).replaceFirst("$1iz$2");
        folded = BRITISH_OUR.matcher(folded).replaceFirst("$1or$2");
        return BRITISH_YSE.matcher(folded).replaceFirst("$1yz$2");
    }
}
