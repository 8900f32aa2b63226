package com.mockmate.resume.match;

import com.mockmate.language.EnglishStems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a job description or a résumé into {@link Token}s. Technical names stay whole ("C++", "C#", ".NET",
 * "Node.js", "k8s"); hyphens and slashes join words without ending a phrase ("event-driven", "CI/CD"); punctuation,
 * "&" and bullets end one. Each word is stemmed through the project's English analysis ({@link EnglishStems}), once
 * per distinct spelling.
 */
final class Tokenizer {

    private static final Pattern WORD = Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*(?:\\+\\+|#)?");
    private static final Pattern PHRASE_BREAK =
            Pattern.compile("[.!?;:,()\\[\\]{}<>\"“”„•·|&*+=/\\\\\\n\\r\\t]|\\s[-–—]|[-–—]\\s|[–—]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:•*\\n\\r]|^\\s*[-–—]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|\\n)[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[ \\t]*$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** Longer "words" are not terms (a URL's path, a hash, a flood of letters), and Lucene would cut them anyway. */
    static final int LONGEST_WORD = 40;

    private final Map<String, Optional<String>> stems = new HashMap<>();

    List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        var words = WORD.matcher(text);
        int segment = 0;
        int previousEnd = 0;
        boolean listed = false;
        while (words.find()) {
            var gap = text.substring(previousEnd, words.start());
            boolean first = tokens.isEmpty();
            boolean phraseBreak = first || PHRASE_BREAK.matcher(gap).find();
            boolean joined = !first && (gap.equals("-") || gap.equals("/"));
            if (phraseBreak && !joined) {
                segment++;
            }
            if (first || gap.indexOf('\n') >= 0) {
                listed = LIST_ITEM.matcher(gap).find();
            }
            var surface = words.group();
            boolean sentenceStart = first || SENTENCE_BREAK.matcher(gap).find();
            tokens.add(new Token(
                    surface,
                    words.start(),
                    words.end(),
                    stem(surface),
                    segment,
                    joined,
                    sentenceStart,
                    marked(surface, sentenceStart),
                    listed));
            previousEnd = words.end();
        }
        return tokens;
    }

    /** The stem of a phrase's words written as one: "Postgre SQL", "postgre-sql" → "postgresql". */
    static @Nullable String joinedStem(String phrase) {
        var joined = NOT_WORD.matcher(phrase).replaceAll("");
        return joined.length() > LONGEST_WORD ? null : EnglishStems.stem(joined.toLowerCase(Locale.ROOT));
    }

    private @Nullable String stem(String surface) {
        return stems.computeIfAbsent(surface, Tokenizer::stemOf).orElse(null);
    }

    private static Optional<String> stemOf(String surface) {
        if (surface.length() > LONGEST_WORD) {
            return Optional.empty();
        }
        return Optional.ofNullable(EnglishStems.stem(POSSESSIVE.matcher(surface).replaceFirst("")));
    }

    /**
     * "Kafka" mid-sentence, "PostgreSQL", "AWS", "S3", "C++": spelled as a name; "design" is not, and neither is
     * "Design" opening a sentence.
     */
    private static boolean marked(String surface, boolean sentenceStart) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if ((!Character.isLetter(c) && c != '\'' && c != '’')
                    || (Character.isUpperCase(c) && (i > 0 || !sentenceStart))) {
                return true;
            }
        }
        return false;
    }
}
