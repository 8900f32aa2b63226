package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.language.OtherLanguage;
import com.mockmate.language.TextNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why an answer gives nothing to judge. Such an answer is rated "none" on every dimension, grammar and communication
 * included: a fluent "I'm not sure, I haven't used that" shows neither knowledge nor how the candidate explains things,
 * and rating its grammar excellent would give it a fifth of the points a real answer gets. An answer that stays on the
 * subject without covering a key point is not one of these: it is vague, and rated poor.
 */
enum NoContent {
    SILENT("No answer was given, only filler words."),
    DONT_KNOW("The answer says the candidate does not know, and nothing else about the question."),
    QUESTION_ONLY("The answer only repeats the question's own words."),
    OFF_TOPIC("Nothing in the answer is about the question."),
    OTHER_LANGUAGE("The answer is not in English, the language of this interview."),
    ADDRESSED_TO_EVALUATOR("The answer only addresses the evaluator; nothing in it answers the question.");

    /**
     * An answer is on the subject when its own words share this many terms with the question and what it asks for
     * (key points, reference answer), at least one of them with the question or the key points themselves.
     */
    static final int TERMS_ON_SUBJECT = 2;

    private static final Pattern ADMISSION = Pattern.compile("\\b(i (really )?(don't|do not|dont) (really )?know"
            + "|(i'm|i am) not (really )?sure|no idea|no clue|not familiar|no experience|(haven't|have not|never)"
            + " (really )?(used|worked with|looked( into)?|done|heard of|had to deal with|had to|seen|touched|dealt with)"
            + "|never looked( into)?|(can't|cannot|can not|don't|do not) remember|(i'd|i would) have to look \\w+ up"
            + "|pass on this|skip this( one)?)\\b");
    private static final Pattern FILLER = Pattern.compile("\\b(um+|uh+|erm|hmm+|well|so|honestly|sorry|okay|ok)\\b");

    private final String justification;

    NoContent(String justification) {
        this.justification = justification;
    }

    String justification() {
        return justification;
    }

    /**
     * @param counted the answer's sentences without those addressed to the evaluator
     * @param topicTerms the terms of the key points and the reference answer
     * @param keyPointTerms the terms of the key points alone
     * @param tellsAStory whether a behavioural question got a story (its words rarely meet the key points')
     */
    static @Nullable NoContent of(
            List<String> counted,
            int directedSentences,
            Set<String> givenTerms,
            Set<String> topicTerms,
            Set<String> keyPointTerms,
            boolean tellsAStory,
            KeyPointCoverage coverage) {
        var text = String.join("\n", counted);
        var lower = TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
        boolean admits = ADMISSION.matcher(lower).find();
        var remainder = FILLER.matcher(ADMISSION.matcher(lower).replaceAll(" ")).replaceAll(" ");
        var terms = coverage.terms(remainder);
        if (terms.isEmpty()) {
            return admits ? DONT_KNOW : directedSentences > 0 ? ADDRESSED_TO_EVALUATOR : SILENT;
        }
        if (OtherLanguage.isOtherLanguage(text)) {
            return OTHER_LANGUAGE;
        }
        var fresh = new HashSet<>(terms);
        fresh.removeAll(givenTerms);
        if (fresh.isEmpty()) {
            return admits ? DONT_KNOW : QUESTION_ONLY;
        }
        long onSubject = terms.stream()
                .filter(term -> givenTerms.contains(term) || topicTerms.contains(term))
                .count();
        boolean anchored = tellsAStory
                || terms.stream().anyMatch(term -> givenTerms.contains(term) || keyPointTerms.contains(term));
        if (onSubject < TERMS_ON_SUBJECT || !anchored) {
            return admits ? DONT_KNOW : directedSentences > 0 ? ADDRESSED_TO_EVALUATOR : OFF_TOPIC;
        }
        return null;
    }
}
