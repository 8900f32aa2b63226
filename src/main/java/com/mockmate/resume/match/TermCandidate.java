package com.mockmate.resume.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word or phrase as a job description uses it, while {@link KeyTerms} reads it: how often, where first, whether
 * spelled as a name or in a bulleted list, and its spellings.
 */
final class TermCandidate {

    /** Up to five, a count says "how important"; past it, a repeated word is boilerplate rather than more important. */
    private static final int COUNT_CAP = 5;

    final List<String> stems;
    int count;
    int first = -1;
    private boolean marked;
    private boolean listed;
    /** Spellings mid-sentence count more than at a sentence's start, where any word is capitalised. */
    private final Map<String, Integer> spellings = new LinkedHashMap<>();

    TermCandidate(List<String> stems) {
        this.stems = stems;
    }

    void seen(int position, String spelling, boolean sentenceStart, boolean marked, boolean listed) {
        count++;
        if (first < 0) {
            first = position;
        }
        this.marked |= marked;
        this.listed |= listed;
        spellings.merge(spelling, sentenceStart ? 1 : 1_000, Integer::sum);
    }

    /** Use first; then a name, a bulleted line, being a phrase, and an early place each add a little. */
    double score(int total) {
        return Math.min(count, COUNT_CAP)
                + (marked ? 1 : 0)
                + (listed ? 0.5 : 0)
                + (stems.size() == 2 ? 0.5 : 0)
                + 0.5 * (1 - (double) first / total);
    }

    KeyTerm term() {
        var surface = surface();
        return new KeyTerm(stems, surface, stems.size() == 2 ? Tokenizer.joinedStem(surface) : null);
    }

    /** The spelling used most mid-sentence, else the most used; the first seen on a tie. */
    private String surface() {
        String best = "";
        int bestWeight = -1;
        for (var spelling : spellings.entrySet()) {
            if (spelling.getValue() > bestWeight) {
                best = spelling.getKey();
                bestWeight = spelling.getValue();
            }
        }
        return best;
    }
}
