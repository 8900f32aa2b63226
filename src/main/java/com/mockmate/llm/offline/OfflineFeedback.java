package com.mockmate.llm.offline;

import com.mockmate.llm.RequestedAction;
import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import com.mockmate.scoring.Rating;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
            items.addAll(coveredItems(m.coverage().covered()));
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

    /**
     * Every covered key point, so that the list agrees with the count in the technical justification: one item each,
     * the last item holding the rest when there are more than {@link #MAX_COVERED_LISTED}.
     */
    static List<String> coveredItems(List<String> covered) {
        if (covered.size() <= MAX_COVERED_LISTED) {
            return covered.stream().map(keyPoint -> "Covered: " + keyPoint).toList();
        }
        var items = new ArrayList<String>();
        covered.subList(0, MAX_COVERED_LISTED - 1).forEach(keyPoint -> items.add("Covered: " + keyPoint));
        items.add("Covered: " + String.join("; ", covered.subList(MAX_COVERED_LISTED - 1, covered.size())));
        return items;
    }

    static List<String> improvements(AnswerMeasures m, Rating grammar) {
        var items = new ArrayList<String>();
        if (m.noContent() != null) {
            items.add(advice(m.noContent()));
            return items;
        }
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

    static String interviewerText(
            Rating technical, @Nullable NoContent noContent, RequestedAction next, String followUpQuestion) {
        var reaction = noContent != null
                ? reaction(noContent)
                : switch (technical) {
                    case EXCELLENT -> "Excellent, that was a thorough answer.";
                    case GOOD -> "Good, you covered the core ideas.";
                    case FAIR -> "That's a reasonable start.";
                    case POOR, NONE -> next == RequestedAction.FOLLOW_UP ? "Let's dig a bit deeper." : THIN_ANSWER;
                };
        var continuation = switch (next) {
            case FOLLOW_UP -> followUpQuestion;
            case NEXT_QUESTION -> "Let's move on to the next question.";
            case END -> "That was the last question. Thank you for your answers.";
        };
        return reaction + " " + continuation;
    }

    /** No "one more part you didn't touch on" after "I don't know": there was no first part. */
    private static String reaction(NoContent noContent) {
        return switch (noContent) {
            case DONT_KNOW -> "That's fine: not knowing something is part of any interview.";
            case SILENT -> "I didn't hear an answer there.";
            case OTHER_LANGUAGE -> "Please answer in English: I can only assess answers in English.";
            case OFF_TOPIC, QUESTION_ONLY, ADDRESSED_TO_EVALUATOR ->
                "I didn't hear much about the question itself there.";
        };
    }

    private static String advice(NoContent noContent) {
        return switch (noContent) {
            case DONT_KNOW ->
                "When you don't know, reason aloud from what you do know: a partial answer earns more than none.";
            case SILENT -> "Give an answer: a few sentences that address the question directly.";
            case QUESTION_ONLY -> "Add what you know beyond the question's own words.";
            case OFF_TOPIC -> "Answer the question that was asked.";
            case OTHER_LANGUAGE -> "Answer in English, the language of this interview.";
            case ADDRESSED_TO_EVALUATOR -> "Answer the question itself: text addressed to the evaluator is ignored.";
        };
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
