package com.mockmate.llm.offline;

import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns {@link AnswerMeasures} into the four ratings. The thresholds are deliberately simple so that a candidate (and
 * a reviewer) can predict them; each justification states the numbers the rating came from.
 */
final class OfflineRubric {

    /**
     * Fewer distinct content words than this, beyond the question's own, is too little to rate depth or to praise:
     * such an answer can still be vague (poor) when it stays on the subject.
     */
    static final int MIN_NEW_CONTENT_TERMS = 5;

    /** Longest quotation of an answer's sentence in a justification, so that six key points fit comfortably. */
    static final int QUOTED_SENTENCE_CHARS = 50;

    /** The reply schema's limit for a justification; a longer one would make the whole reply invalid. */
    static final int MAX_JUSTIFICATION_CHARS = 1000;

    static final int MIN_WORDS_FOR_GRAMMAR = 5;
    static final int LONG_ANSWER_WORDS = 400;
    static final int RUN_ON_SENTENCE_WORDS = 50;

    private OfflineRubric() {}

    static boolean hasSubstance(AnswerMeasures m) {
        return m.hasContent() && m.newContentTerms() >= MIN_NEW_CONTENT_TERMS;
    }

    /**
     * By key point coverage: 85 % excellent, 65 % good, 40 % (or two key points and 30 %) fair, less poor. An answer
     * that stays on the subject but covers no key point is vague: poor, not none; none is for an answer with nothing
     * to judge ({@link NoContent}). The justification names each covered key point and the sentence that covers it
     * (unless the key points stand in for a reference answer, which must not be quoted); should a question have so
     * many long key points that this passes the schema's limit, the sentences are left out, then the list is cut.
     */
    static DimensionRating technical(AnswerMeasures m, boolean mayQuoteKeyPoints) {
        if (m.noContent() != null) {
            return new DimensionRating(Rating.NONE, m.noContent().justification() + " Nothing to assess.");
        }
        var coverage = m.coverage();
        if (coverage.total() == 0) {
            return new DimensionRating(
                    hasSubstance(m) ? Rating.FAIR : Rating.POOR,
                    "This question has no key points to compare with; rated on substance alone.");
        }
        var text = coveredText(m, mayQuoteKeyPoints, true);
        if (text.length() > MAX_JUSTIFICATION_CHARS) {
            text = coveredText(m, mayQuoteKeyPoints, false);
        }
        if (text.length() > MAX_JUSTIFICATION_CHARS) {
            text = text.substring(0, MAX_JUSTIFICATION_CHARS - 1) + "…";
        }
        return new DimensionRating(byCoverage(coverage.covered().size(), coverage.ratio()), text);
    }

    private static String coveredText(AnswerMeasures m, boolean mayQuoteKeyPoints, boolean withSentences) {
        var coverage = m.coverage();
        var text = coverage.covered().isEmpty()
                ? "Covered 0 of %d key points: on the subject, but vague.".formatted(coverage.total())
                : "Covered %d of %d key points (%d %%)%s."
                        .formatted(
                                coverage.covered().size(),
                                coverage.total(),
                                Math.round(coverage.ratio() * 100),
                                mayQuoteKeyPoints ? ": " + evidence(m, withSentences) : "");
        if (!coverage.missed().isEmpty()) {
            text += " %d of %d key points missing.".formatted(coverage.missed().size(), coverage.total());
        }
        return text + ignoredNote(m);
    }

    private static String evidence(AnswerMeasures m, boolean withSentences) {
        return m.coveredBy().entrySet().stream()
                .map(covered -> "\"" + covered.getKey() + "\""
                        + (withSentences ? " in \"" + quote(covered.getValue()) + "\"" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String quote(String sentence) {
        return sentence.length() <= QUOTED_SENTENCE_CHARS
                ? sentence
                : sentence.substring(0, QUOTED_SENTENCE_CHARS - 1).stripTrailing() + "…";
    }

    /**
     * Coverage plus elaboration: the kinds of elaboration heard in on-topic sentences (example, trade-off, reason)
     * and 50 or more on-topic words each count as one signal. Elaboration cannot make up for missing substance.
     */
    static DimensionRating depth(AnswerMeasures m) {
        if (m.noContent() != null) {
            return new DimensionRating(
                    Rating.NONE,
                    "Nothing to assess: " + lowerFirst(m.noContent().justification()));
        }
        double ratio = m.coverage().ratio();
        var elaboration = m.elaboration();
        int signals = elaboration.size() + (m.relevantWords() >= 50 ? 1 : 0);
        Rating rating;
        if (!hasSubstance(m) || (ratio == 0 && m.coverage().total() > 0)) {
            rating = Rating.NONE;
        } else if (ratio >= 0.65 && signals >= 3) {
            rating = Rating.EXCELLENT;
        } else if ((ratio >= 0.5 && signals >= 2) || (ratio >= 0.85 && signals >= 1)) {
            rating = Rating.GOOD;
        } else if ((ratio >= 0.3 && signals >= 1) || ratio >= 0.65) {
            rating = Rating.FAIR;
        } else {
            rating = Rating.POOR;
        }
        var text = "Covered %d of %d key points; examples: %s, trade-offs: %s, reasons: %s; %d words on the question."
                .formatted(
                        m.coverage().covered().size(),
                        m.coverage().total(),
                        yesNo(elaboration.contains(Elaboration.EXAMPLE)),
                        yesNo(elaboration.contains(Elaboration.TRADE_OFF)),
                        yesNo(elaboration.contains(Elaboration.REASON)),
                        m.relevantWords());
        return new DimensionRating(rating, text);
    }

    /**
     * Points for on-topic length (15 and 40 words), sentences of 6 to 30 words and two or more connectives; minus
     * points for more than 400 words, filler words (over 3 and over 8 per 100), a mostly off-topic answer and run-on
     * sentences. 4 is excellent, 3 good, 2 fair, less poor.
     */
    static DimensionRating communication(AnswerMeasures m) {
        if (m.noContent() != null) {
            return nothingToJudge(m.noContent());
        }
        int points = m.relevantWords() >= 40 ? 2 : m.relevantWords() >= 15 ? 1 : 0;
        double average = m.averageRelevantSentenceWords();
        points += average >= 6 && average <= 30 ? 1 : 0;
        points += m.connectives() >= 2 ? 1 : 0;
        points -= m.words() > LONG_ANSWER_WORDS ? 1 : 0;
        double fillers = m.fillersPer100Words();
        points -= fillers > 8 ? 2 : fillers > 3 ? 1 : 0;
        points -= m.offTopicShare() > 0.5 ? 1 : 0;
        points -= m.longestSentenceWords() > RUN_ON_SENTENCE_WORDS ? 1 : 0;
        var rating =
                points >= 4 ? Rating.EXCELLENT : points == 3 ? Rating.GOOD : points == 2 ? Rating.FAIR : Rating.POOR;
        var text = String.format(
                Locale.ROOT,
                "%s in %s, %d on the question (%.0f words per sentence); %s; %.1f filler words per 100 words",
                count(m.words(), "word"),
                count(m.sentences(), "sentence"),
                m.relevantWords(),
                average,
                count(m.connectives(), "distinct connective"),
                fillers);
        if (m.words() > LONG_ANSWER_WORDS) text += "; longer than " + LONG_ANSWER_WORDS + " words";
        if (m.offTopicShare() > 0.5) text += "; most of it is not about the question";
        if (m.longestSentenceWords() > RUN_ON_SENTENCE_WORDS) text += "; has a run-on sentence";
        return new DimensionRating(rating, text + ".");
    }

    /** LanguageTool issues per 100 on-topic words: up to 0.5 excellent, 2 good, 5 fair, more poor. */
    static DimensionRating grammar(AnswerMeasures m) {
        if (m.noContent() != null) {
            return nothingToJudge(m.noContent());
        }
        if (m.words() < MIN_WORDS_FOR_GRAMMAR) {
            return new DimensionRating(Rating.NONE, "Too little text to judge the grammar.");
        }
        double rate = m.grammarIssuesPer100Words();
        var rating = rate <= 0.5 ? Rating.EXCELLENT : rate <= 2 ? Rating.GOOD : rate <= 5 ? Rating.FAIR : Rating.POOR;
        return new DimensionRating(
                rating,
                String.format(
                        Locale.ROOT,
                        "LanguageTool found %s (%.1f per 100 words on the question).",
                        count(m.grammarIssues(), "grammar or spelling issue"),
                        rate));
    }

    private static String ignoredNote(AnswerMeasures m) {
        return m.directedSentences() == 0
                ? ""
                : " Ignored " + count(m.directedSentences(), "sentence") + " addressed to the evaluator.";
    }

    /** Poor is "touches one key point": two of six already goes beyond that. */
    private static Rating byCoverage(int covered, double ratio) {
        if (ratio >= 0.85) return Rating.EXCELLENT;
        if (ratio >= 0.65) return Rating.GOOD;
        if (ratio >= 0.4 || (covered >= 2 && ratio >= 0.3)) return Rating.FAIR;
        return Rating.POOR;
    }

    /** Communication and grammar of an answer with nothing in it: there is nothing to judge, not something bad. */
    static DimensionRating nothingToJudge(NoContent noContent) {
        return new DimensionRating(Rating.NONE, "Nothing to judge: " + lowerFirst(noContent.justification()));
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
