package com.mockmate.llm.offline;

import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.GrammarFinding;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.Quotes;
import com.mockmate.scoring.Rating;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The quotes the offline rubric gives for its ratings: the answer's own sentences that the measures came from, never
 * more than {@link DimensionRating#MAX_EVIDENCE} and always verbatim. Technical quotes the sentence that covers each
 * covered key point; depth the sentences that gave an example, a trade-off or a reason (else those covering key
 * points); communication a run-on sentence of a typed answer, then the sentences whose connectives structure the answer; grammar the
 * sentences that hold LanguageTool's findings. A rating with nothing to judge quotes nothing.
 */
final class OfflineEvidence {

    private OfflineEvidence() {}

    static DimensionRating technical(DimensionRating rating, String answer, AnswerMeasures m) {
        return with(rating, answer, m.coveredBy().values());
    }

    static DimensionRating depth(DimensionRating rating, String answer, AnswerMeasures m) {
        var elaborated = m.elaboratedBy().values();
        return with(rating, answer, elaborated.isEmpty() ? m.coveredBy().values() : elaborated);
    }

    /** @param spoken a transcript's sentences are the recogniser's guess, so a long one says nothing */
    static DimensionRating communication(DimensionRating rating, String answer, AnswerMeasures m, boolean spoken) {
        var quotes = new ArrayList<String>();
        if (!spoken && m.longestSentenceWords() > OfflineRubric.RUN_ON_SENTENCE_WORDS) {
            Sentences.split(answer).stream()
                    .filter(sentence -> Sentences.words(sentence) == m.longestSentenceWords())
                    .findFirst()
                    .ifPresent(quotes::add);
        }
        quotes.addAll(m.structuredBy());
        return with(rating, answer, quotes);
    }

    static DimensionRating grammar(DimensionRating rating, String answer, GrammarReport grammar) {
        var quotes = new ArrayList<String>();
        for (var finding : grammar.findings()) {
            sentenceHolding(answer, finding).ifPresent(quotes::add);
        }
        return with(rating, answer, quotes);
    }

    /** The sentence in which a finding lies, found by its offset when the excerpt is there, else by its excerpt. */
    private static Optional<String> sentenceHolding(String answer, GrammarFinding finding) {
        int at = finding.offset() >= 0 && answer.startsWith(finding.excerpt(), finding.offset())
                ? finding.offset()
                : answer.indexOf(finding.excerpt());
        if (at < 0 || finding.excerpt().isBlank()) {
            return Optional.empty();
        }
        int from = 0;
        for (var sentence : Sentences.split(answer)) {
            int start = answer.indexOf(sentence, from);
            if (start < 0) {
                break;
            }
            if (at < start + sentence.length()) {
                return at >= start ? Optional.of(sentence) : Optional.empty();
            }
            from = start + sentence.length();
        }
        return Optional.empty();
    }

    private static DimensionRating with(DimensionRating rating, String answer, Collection<String> sentences) {
        if (rating.rating() == Rating.NONE) {
            return rating;
        }
        var quotes = new LinkedHashSet<String>();
        for (var sentence : sentences) {
            var quote = clipped(sentence);
            if (quotes.size() < DimensionRating.MAX_EVIDENCE && Quotes.occursIn(answer, quote)) {
                quotes.add(quote);
            }
        }
        return new DimensionRating(rating.rating(), rating.justification(), List.copyOf(quotes));
    }

    /** The sentence, or its start up to a word boundary within the reply schema's limit on a quote. */
    static String clipped(String sentence) {
        if (sentence.length() <= DimensionRating.MAX_QUOTE_CHARS) {
            return sentence;
        }
        var start = sentence.substring(0, DimensionRating.MAX_QUOTE_CHARS);
        int space = start.lastIndexOf(' ');
        return (space > 0 ? start.substring(0, space) : start).stripTrailing();
    }
}
