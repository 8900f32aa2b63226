package com.mockmate.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds filler words in a transcript. Words that are often fillers but just as often meaningful are counted only
 * where the context makes the filler reading clear, so the candidate is never told off for plain English:
 *
 * <ul>
 *   <li>hesitation sounds (um, uh, er, erm, ah, hmm, with any drawn-out spelling such as "umm") and "basically"
 *       always count;
 *   <li>"like" counts only when punctuation sets it off on both sides ("it was, like, slow"; "Like, the map...").
 *       Transcripts without punctuation (the offline recogniser) therefore never count it: "things like arrays" and
 *       "I would like to" are far more common in answers than the filler;
 *   <li>"you know" and "i mean" count unless the words around them make them literal ("if you know the size",
 *       "what I mean is");
 *   <li>"kind of" and "sort of" count only after a pronoun or verb ("it's kind of slow", "we sort of cached it"), never
 *       after a determiner or adjective ("what kind of index", "a special sort of tree");
 *   <li>"actually" and "literally" do not count: in technical answers they usually carry meaning ("what actually
 *       happens is...").
 * </ul>
 */
final class FillerWords {

    private static final Map<String, Pattern> HESITATIONS = orderedMap(
            "um", "u+h?m+",
            "uh", "u+h+",
            "erm", "e+r+m+",
            "er", "e+r+",
            "ah", "a+h+",
            "hmm", "h+m+");

    private static final Set<String> LITERAL_YOU_KNOW_AFTER =
            words("if when whenever once unless whether until because since do did don't didn't as what how where"
                    + " why who that now");
    private static final Set<String> LITERAL_YOU_KNOW_BEFORE = words("that whether if about");
    private static final Set<String> LITERAL_I_MEAN_AFTER = words("what if do did don't didn't");
    private static final Set<String> LITERAL_I_MEAN_BEFORE = words("that it");
    private static final Set<String> HEDGE_AFTER = words("i it it's that's there's is was are were we they you he she"
            + " just really also be been i'm we're they're you're he's she's still then");

    private FillerWords() {}

    /** Each filler found and how often, most frequent first (ties: the one heard first). */
    static Map<String, Integer> count(List<SpokenWord> words) {
        var counts = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < words.size(); i++) {
            var filler = fillerAt(words, i);
            if (filler != null) {
                counts.merge(filler, 1, Integer::sum);
                i += filler.split(" ").length - 1;
            }
        }
        var ordered = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEachOrdered(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    private static @Nullable String fillerAt(List<SpokenWord> words, int i) {
        var word = words.get(i).text();
        var before = i > 0 && !words.get(i - 1).clauseEnds() ? words.get(i - 1).text() : "";
        var next = i + 1 < words.size() ? words.get(i + 1).text() : "";
        var afterPair = i + 2 < words.size() && !words.get(i + 1).clauseEnds()
                ? words.get(i + 2).text()
                : "";
        for (var hesitation : HESITATIONS.entrySet()) {
            if (hesitation.getValue().matcher(word).matches()) {
                return hesitation.getKey();
            }
        }
        return switch (word) {
            case "basically" -> word;
            case "like" -> before.isEmpty() && words.get(i).clauseEnds() ? word : null;
            case "you" ->
                next.equals("know")
                                && !LITERAL_YOU_KNOW_AFTER.contains(before)
                                && !LITERAL_YOU_KNOW_BEFORE.contains(afterPair)
                        ? "you know"
                        : null;
            case "i" ->
                next.equals("mean")
                                && !LITERAL_I_MEAN_AFTER.contains(before)
                                && !LITERAL_I_MEAN_BEFORE.contains(afterPair)
                        ? "i mean"
                        : null;
            case "kind", "sort" -> next.equals("of") && HEDGE_AFTER.contains(before) ? word + " of" : null;
            default -> null;
        };
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.split(" "));
    }

    private static Map<String, Pattern> orderedMap(String... nameThenRegex) {
        var map = new LinkedHashMap<String, Pattern>();
        for (int i = 0; i < nameThenRegex.length; i += 2) {
            map.put(nameThenRegex[i], Pattern.compile(nameThenRegex[i + 1]));
        }
        return map;
    }

    /** A word of the transcript, lower case without punctuation, and whether punctuation ended a clause after it. */
    record SpokenWord(String text, boolean clauseEnds) {

        private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}']+|[^\\p{L}\\p{N}']+$");
        private static final Pattern CLAUSE_END = Pattern.compile(".*[,;:.!?…—–]$");

        static List<SpokenWord> of(String text) {
            return Pattern.compile("\\s+")
                    .splitAsStream(text.replace('\u2019', '\'').strip())
                    .map(raw -> new SpokenWord(
                            EDGE_PUNCTUATION.matcher(raw).replaceAll("").toLowerCase(Locale.ROOT),
                            CLAUSE_END.matcher(raw).matches()))
                    .filter(word -> !word.text().isEmpty())
                    .toList();
        }
    }
}
