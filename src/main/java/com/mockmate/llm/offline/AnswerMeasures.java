package com.mockmate.llm.offline;

import com.mockmate.language.Coverage;
import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the offline rubric measured in one answer. "Relevant" sentences are those that are not addressed to the
 * evaluator and share at least two terms with the key points or the reference answer; positive signals (length, structure,
 * elaboration) come only from them, penalties (fillers, rambling, grammar issues) from the whole answer. Appending
 * text unrelated to the question can therefore lower a rating but never raise one. {@code coveredBy} names the
 * sentence that covers each covered key point, in key point order; {@code elaboratedBy} the first on-topic sentence
 * showing each kind of elaboration, and {@code structuredBy} the on-topic sentences that brought in a new connective;
 * {@code noContent} says why there is nothing to judge, or is null.
 */
record AnswerMeasures(
        Coverage coverage,
        Map<String, String> coveredBy,
        @Nullable NoContent noContent,
        int newContentTerms,
        int words,
        int sentences,
        int relevantWords,
        int relevantSentences,
        int longestSentenceWords,
        int directedSentences,
        Map<Elaboration, String> elaboratedBy,
        int connectives,
        List<String> structuredBy,
        int fillers,
        int grammarIssues,
        int grammarWords) {

    Set<Elaboration> elaboration() {
        return elaboratedBy.keySet();
    }

    boolean hasContent() {
        return noContent == null;
    }

    /** Per 100 relevant words, so that padding with unrelated text cannot dilute them. */
    double fillersPer100Words() {
        return per100(fillers, relevantWords > 0 ? relevantWords : words);
    }

    /** Per 100 relevant words, like fillers; falls back to LanguageTool's word count when nothing is relevant. */
    double grammarIssuesPer100Words() {
        return per100(grammarIssues, relevantWords > 0 ? relevantWords : grammarWords);
    }

    double offTopicShare() {
        return words == 0 ? 0 : (double) (words - relevantWords) / words;
    }

    double averageRelevantSentenceWords() {
        return relevantSentences == 0 ? 0 : (double) relevantWords / relevantSentences;
    }

    private static double per100(int count, int words) {
        return words == 0 ? 0 : count * 100.0 / words;
    }
}
