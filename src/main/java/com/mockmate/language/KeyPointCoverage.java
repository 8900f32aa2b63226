package com.mockmate.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides which key points an answer covers by comparing stemmed content terms (see {@link TermAnalyzer}). A key
 * point counts as covered when the answer contains at least 60 % of its distinctive terms, and at least one.
 *
 * <p>Distinctive means "not already in the given texts": the question (and a follow-up the interviewer asked). The
 * question hands those words to the candidate, so repeating them is no evidence of knowledge. Rather than stripping
 * question words from the answer, which would punish a good answer for naming the subject, they are simply not
 * counted: "average O(1) get and put" for "what happens when you call put and get?" needs "average" and "O(1)".
 * The question's evidence terms are given, so "HashMap" in the question gives away "hash" and "map" as well.
 */
@Component
public class KeyPointCoverage {

    static final double REQUIRED_SHARE = 0.6;

    /** A key point made only of question words can be covered only by an answer that also says this much else. */
    static final int NEW_TERMS_FOR_GIVEN_KEY_POINT = 3;

    private final BankTextTerms bank = new BankTextTerms();

    public Coverage measure(String answer, List<String> keyPoints, Collection<String> givenTexts) {
        var given = givenTerms(givenTexts);
        var analysis = TermAnalyzer.analyze(answer);
        var evidence = analysis.evidence();
        long newTerms =
                analysis.terms().stream().filter(term -> !given.contains(term)).count();
        var covered = new ArrayList<String>();
        var missed = new ArrayList<String>();
        for (String keyPoint : keyPoints) {
            boolean isCovered = covers(evidence, bank.terms(keyPoint), given, newTerms);
            (isCovered ? covered : missed).add(keyPoint);
        }
        double ratio = keyPoints.isEmpty() ? 0 : (double) covered.size() / keyPoints.size();
        return new Coverage(covered, missed, ratio);
    }

    /** The stemmed content terms of a text, as key points are compared. */
    public Set<String> terms(String text) {
        return new HashSet<>(TermAnalyzer.terms(text));
    }

    /**
     * As {@link #terms}, for a question-bank text (a key point, a reference answer): remembered, because every answer to
     * the question needs it again. Never pass an answer here.
     */
    public Set<String> bankTerms(String bankText) {
        return new HashSet<>(bank.terms(bankText));
    }

    /** The terms a text offers as evidence, including joined and camel-case-split words. */
    public Set<String> evidenceTerms(String text) {
        return TermAnalyzer.analyze(text).evidence();
    }

    /** The terms the given texts (question, follow-up) hand to the candidate; they never count as evidence. */
    public Set<String> givenTerms(Collection<String> givenTexts) {
        var given = new HashSet<String>();
        for (String text : givenTexts) {
            given.addAll(bank.evidence(text));
        }
        return given;
    }

    /** The terms a key point adds beyond the given texts; empty when the question already says all of it. */
    public Set<String> distinctiveTerms(String keyPoint, Collection<String> givenTexts) {
        var distinctive = bankTerms(keyPoint);
        distinctive.removeAll(givenTerms(givenTexts));
        return distinctive;
    }

    private static boolean covers(Set<String> evidence, List<String> keyPointTerms, Set<String> given, long newTerms) {
        var distinctive =
                keyPointTerms.stream().filter(term -> !given.contains(term)).toList();
        if (distinctive.isEmpty()) {
            return !keyPointTerms.isEmpty()
                    && newTerms >= NEW_TERMS_FOR_GIVEN_KEY_POINT
                    && evidence.containsAll(keyPointTerms);
        }
        long matched = distinctive.stream().filter(evidence::contains).count();
        return matched >= required(distinctive.size());
    }

    static long required(int terms) {
        return Math.max(1, (long) Math.ceil(terms * REQUIRED_SHARE - 1e-9));
    }
}
