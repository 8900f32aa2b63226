package com.mockmate.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The analysis of question-bank texts (key points, reference answers, questions): every answer to a question analyses
 * the same few texts again, at several points of its evaluation. Answers are never kept here. Bounded by starting over
 * when full, which a bank of thousands of questions reaches rarely and which costs only one analysis per text.
 */
final class BankTextTerms {

    static final int MAX_TEXTS = 4096;

    private final Map<String, List<String>> terms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> evidence = new ConcurrentHashMap<>();

    List<String> terms(String text) {
        return remembered(terms, text, analysed -> List.copyOf(TermAnalyzer.terms(analysed)));
    }

    Set<String> evidence(String text) {
        return remembered(
                evidence,
                text,
                analysed -> Set.copyOf(TermAnalyzer.analyze(analysed).evidence()));
    }

    private static <T> T remembered(Map<String, T> cache, String text, Function<String, T> analysis) {
        var known = cache.get(text);
        if (known != null) {
            return known;
        }
        if (cache.size() >= MAX_TEXTS) {
            cache.clear();
        }
        var analysed = analysis.apply(text);
        cache.put(text, analysed);
        return analysed;
    }
}
