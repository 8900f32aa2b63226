package com.mockmate.scoring;

import java.util.Set;

/**
 * Words that carry no topic on their own, so that "the" or "because" in an answer never counts as covering a key
 * point. Negations are here too: matching is by bag of words and cannot honour them anyway. Contraction stems
 * ("don" from "don't") and spoken fillers are included because tokenizing splits and keeps them. So are the verbs
 * that behavioural key points use to describe the candidate ("describes the outcome"): the topic is the outcome.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of("""
            a about above after again all also am an and any are aren as at be because been before being below
            between both but by can could couldn did didn do does doesn doing don down during each eg etc few
            for from further had hadn has hasn have haven having he her here hers him his how i ie if in into
            is isn it its itself just ll me might more most much must my no nor not now of off on once one only
            or other our ours out over own per quite re really same shall she should shouldn so some such than
            that the their them then there these they this those through thus to too under until up us ve very
            vs versus was wasn we were weren what when where which while who whom why will with within without
            won would wouldn yes you your yours um uh erm hmm like basically actually literally okay ok well
            yeah thing things stuff lot lots let may describe describes described explains mentions identifies
            demonstrates discusses shows
            """.split("\\s+"));

    private StopWords() {}

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
