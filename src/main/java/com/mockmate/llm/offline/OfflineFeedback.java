package com.mockmate.llm.offline;

import com.mockmate.llm.RequestedAction;
import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import com.mockmate.scoring.Rating;
import java.util.ArrayList;
import java.util.List;

/**
 * Strengths, improvements and the interviewer's words. Covered key points may be named (the candidate said them);
 * missed ones never are, only counted, so that the feedback cannot leak the rubric or the reference answer.
 */
final class OfflineFeedback {

    static final int MAX_ITEMS = 5;
    static final int MAX_ITEM_LENGTH = 300;
    static final int MAX_COVERED_LISTED = 3;

    private OfflineFeedback() {}

    static List<String> strengths(AnswerMeasures m, boolean mayQuoteKeyPoints, Rating communication, Rating grammar) {
        var items = new ArrayList<String>();
        if (mayQuoteKeyPoints) {
            m.coverage().covered().stream()
                    .limit(MAX_COVERED_LISTED)
                    .forEach(keyPoint -> items.add("Covered: " + keyPoint));
        }
        if (OfflineRubric.hasSubstance(m)) {
            if (m.elaboration().contains(Elaboration.EXAMPLE)) items.add("Backed the answer with a concrete example.");
            if (m.elaboration().contains(Elaboration.TRADE_OFF)) items.add("Weighed trade-offs and limitations.");
            if (m.elaboration().contains(Elaboration.REASON)) items.add("Explained the reasons behind the points.");
        }
        if (OfflineRubric.hasSubstance(m) && atLeastGood(communication)) items.add("Clear, well-structured delivery.");
        if (OfflineRubric.hasSubstance(m) && grammar == Rating.EXCELLENT) items.add("Accurate English throughout.");
        return limit(items);
    }

    static List<String> improvements(AnswerMeasures m, Rating grammar) {
        var items = new ArrayList<String>();
        var coverage = m.coverage();
        if (!coverage.missed().isEmpty()) {
            items.add("Explain more about the aspects not yet covered (%d of %d)."
                    .formatted(coverage.missed().size(), coverage.total()));
        }
        if (m.directedSentences() > 0) {
            items.add("Answer the question itself: text addressed to the evaluator is ignored.");
        }
        if (!OfflineRubric.hasSubstance(m)) {
            items.add("Give a fuller answer: a few sentences that address the question directly.");
        } else {
            if (!m.elaboration().contains(Elaboration.EXAMPLE)) {
                items.add("Add a concrete example, e.g. from a project you worked on.");
            }
            if (!m.elaboration().contains(Elaboration.TRADE_OFF)) {
                items.add("Discuss trade-offs or limitations of the approach.");
            }
            if (!m.elaboration().contains(Elaboration.REASON)) {
                items.add("Say why, not only what: explain the reasoning behind each point.");
            }
        }
        if (m.fillersPer100Words() > 3) items.add("Cut filler words such as \"um\", \"basically\" and \"you know\".");
        if (m.words() > OfflineRubric.LONG_ANSWER_WORDS) items.add("Be more concise: lead with the key ideas.");
        if (isAtMostFair(grammar)) {
            items.add("Review the grammar findings (" + OfflineRubric.count(m.grammarIssues(), "issue") + ").");
        }
        return limit(items);
    }

    /** Moving on after a weak answer: "dig deeper" would promise a follow-up that is not coming. */
    static final String THIN_ANSWER =
            "That answer missed most of what I was looking for; the feedback shows where to focus.";

    static String interviewerText(Rating technical, boolean substance, RequestedAction next, String followUpQuestion) {
        var reaction = switch (technical) {
            case EXCELLENT -> "Excellent, that was a thorough answer.";
            case GOOD -> "Good, you covered the core ideas.";
            case FAIR -> "That's a reasonable start.";
            case POOR -> next == RequestedAction.FOLLOW_UP ? "Let's dig a bit deeper." : THIN_ANSWER;
            case NONE ->
                !substance
                        ? "I didn't hear much about the question itself there."
                        : next == RequestedAction.FOLLOW_UP ? "Let's dig a bit deeper." : THIN_ANSWER;
        };
        var continuation = switch (next) {
            case FOLLOW_UP -> followUpQuestion;
            case NEXT_QUESTION -> "Let's move on to the next question.";
            case END -> "That was the last question. Thank you for your answers.";
        };
        return reaction + " " + continuation;
    }

    private static boolean atLeastGood(Rating rating) {
        return rating == Rating.EXCELLENT || rating == Rating.GOOD;
    }

    private static boolean isAtMostFair(Rating rating) {
        return rating == Rating.FAIR || rating == Rating.POOR;
    }

    private static List<String> limit(List<String> items) {
        return items.stream()
                .limit(MAX_ITEMS)
                .map(item -> item.length() <= MAX_ITEM_LENGTH ? item : item.substring(0, MAX_ITEM_LENGTH - 1) + "…")
                .toList();
    }
}
