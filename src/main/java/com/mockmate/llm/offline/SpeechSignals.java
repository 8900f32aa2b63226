package com.mockmate.llm.offline;

import com.mockmate.language.TextNormalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The phrases the offline rubric listens for: elaboration, connectives that structure an answer, and fillers. */
final class SpeechSignals {

    enum Elaboration {
        EXAMPLE,
        TRADE_OFF,
        REASON
    }

    private static final Pattern EXAMPLE = Pattern.compile("\\b(for example|for instance|e\\.g\\.|such as|say we"
            + "|let's say|imagine|in my (project|experience|last|previous|current|team)|at my (last |previous "
            + "|current )?(job|company|work)|we (had|used|built|saw))\\b|(?<![\\p{L}(])\\d+(\\.\\d+)?\\b");
    private static final Pattern TRADE_OFF = Pattern.compile("\\b(trade-?offs?|trade offs?|however|but|downsides?"
            + "|drawbacks?|on the other hand|versus|vs\\.?|whereas|at the cost of|costs?|instead|pros and cons"
            + "|although|in exchange|the catch)\\b");
    private static final Pattern REASON = Pattern.compile("\\b(because|so that|therefore|since|which means"
            + "|that means|that's why|that is why|in order to|due to|as a result|thus|hence|the reason)\\b");
    private static final Pattern BIG_O = Pattern.compile("\\bo\\([^)]*\\)");

    /** Names of concrete classes, products or exceptions: "IOException", "LongAdder", "DynamoDB". */
    private static final Pattern CONCRETE_NAME =
            Pattern.compile("\\b(\\p{Lu}+\\p{Ll}+\\p{Lu}|\\p{Lu}{2,}\\p{Ll}+)[\\p{L}\\p{N}]*\\b");

    private static final List<Pattern> CONNECTIVES = List.of(
                    "first(ly)?",
                    "second(ly)?",
                    "third(ly)?",
                    "then",
                    "next",
                    "finally",
                    "lastly",
                    "also",
                    "additionally",
                    "moreover",
                    "however",
                    "for example",
                    "for instance",
                    "so",
                    "therefore",
                    "because",
                    "in summary",
                    "to summari[sz]e",
                    "overall",
                    "in short",
                    "as a result",
                    "on the other hand",
                    "in contrast",
                    "after that")
            .stream()
            .map(phrase -> Pattern.compile("\\b" + phrase + "\\b"))
            .toList();

    private static final Pattern FILLER = Pattern.compile("\\b(um+|uh+|erm|hmm+|you know|i mean|sort of|kind of"
            + "|basically|actually|literally)\\b|\\blike\\s*,|(^|[.!?]\\s+)like\\b");

    private SpeechSignals() {}

    static Set<Elaboration> elaboration(String sentence) {
        var text = lower(sentence);
        var found = EnumSet.noneOf(Elaboration.class);
        if (EXAMPLE.matcher(BIG_O.matcher(text).replaceAll(" ")).find()) found.add(Elaboration.EXAMPLE);
        if (TRADE_OFF.matcher(text).find()) found.add(Elaboration.TRADE_OFF);
        if (REASON.matcher(text).find()) found.add(Elaboration.REASON);
        return found;
    }

    /**
     * The concrete names a sentence uses. Naming the thing ("IOException and NullPointerException") is an example
     * just as "for example" is; the caller drops names the question itself used.
     */
    static List<String> concreteNames(String sentence) {
        return CONCRETE_NAME
                .matcher(TextNormalizer.normalize(sentence))
                .results()
                .map(match -> match.group())
                .toList();
    }

    /** The connectives a sentence uses, so that the caller can count distinct ones across sentences. */
    static Set<String> connectives(String sentence) {
        var text = lower(sentence);
        return CONNECTIVES.stream()
                .filter(connective -> connective.matcher(text).find())
                .map(Pattern::pattern)
                .collect(Collectors.toSet());
    }

    static int fillers(String text) {
        return (int) FILLER.matcher(lower(text)).results().count();
    }

    private static String lower(String text) {
        return TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
    }
}
