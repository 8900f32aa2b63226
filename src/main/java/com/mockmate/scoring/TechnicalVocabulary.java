package com.mockmate.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells technical terms apart from misspellings. The spell checker flags "hashCode", "Redis" or "upsert" although
 * the candidate spelt them right, and those findings would lower the grammar rating of exactly the answers that use
 * the vocabulary well. Identifiers (digits, inner capitals, all capitals, underscores), a built-in list and the words
 * of the question and its key points are treated as spelt correctly.
 */
final class TechnicalVocabulary {

    private static final Pattern IDENTIFIER_LIKE = Pattern.compile(".*\\d.*|.*_.*|.\\p{L}*\\p{Lu}.*");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> words;
    private final Set<String> extra;

    private TechnicalVocabulary(Set<String> words, Set<String> extra) {
        this.words = words;
        this.extra = extra;
    }

    static TechnicalVocabulary builtIn() {
        var resource = Objects.requireNonNull(
                TechnicalVocabulary.class.getResourceAsStream("/scoring/technical-vocabulary.txt"),
                "scoring/technical-vocabulary.txt is missing");
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return new TechnicalVocabulary(
                    reader.lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .collect(Collectors.toUnmodifiableSet()),
                    Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This vocabulary plus every word of the given texts (e.g. the question and its key points). The built-in list is
     * shared, not copied: this runs for every answer.
     */
    TechnicalVocabulary with(Collection<String> texts) {
        if (texts.isEmpty()) {
            return this;
        }
        var extended = new HashSet<>(extra);
        for (String text : texts) {
            for (String word : WORD.split(text)) {
                if (!word.isEmpty()) {
                    extended.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new TechnicalVocabulary(words, extended);
    }

    boolean isTechnical(String word) {
        if (IDENTIFIER_LIKE.matcher(word).matches()) {
            return true;
        }
        var lower = word.toLowerCase(Locale.ROOT);
        return known(lower)
                || (lower.endsWith("s") && known(lower.substring(0, lower.length() - 1)))
                || (lower.endsWith("es") && known(lower.substring(0, lower.length() - 2)));
    }

    private boolean known(String lower) {
        return words.contains(lower) || extra.contains(lower);
    }
}
