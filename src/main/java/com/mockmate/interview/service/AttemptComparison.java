package com.mockmate.interview.service;

import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.scoring.ScoreCard;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Two attempts at one question, the earlier one first. Both answers are measured against the same key points (those
 * of the later attempt's question snapshot), so "newly covered" and "lost" compare like with like.
 */
public record AttemptComparison(UUID questionId, String questionText, Side before, Side after) implements Serializable {

    /**
     * @param answer the attempt's evaluated answers to the question, follow-ups included
     * @param words the words of those answers
     * @param wordsPerMinute the pace of the spoken ones, weighted by their length; {@code null} when none was spoken
     */
    public record Side(
            QuestionAttempt attempt,
            String answer,
            int words,
            @Nullable Double wordsPerMinute,
            KeyPointsCovered keyPoints)
            implements Serializable {}

    /** After minus before, per dimension and in total. */
    public ScoreCard deltas() {
        return new ScoreCard(
                delta(ScoreCard::technical),
                delta(ScoreCard::depth),
                delta(ScoreCard::communication),
                delta(ScoreCard::grammar),
                delta(ScoreCard::total));
    }

    /** Key points the later answer covers and the earlier one did not. */
    public List<String> newlyCovered() {
        return after.keyPoints().covered().stream()
                .filter(point -> !before.keyPoints().covered().contains(point))
                .toList();
    }

    /** Key points the earlier answer covered and the later one no longer does. */
    public List<String> lost() {
        return before.keyPoints().covered().stream()
                .filter(point -> !after.keyPoints().covered().contains(point))
                .toList();
    }

    public int wordsDelta() {
        return after.words() - before.words();
    }

    /** The change of pace, when both attempts were spoken. */
    public @Nullable Double paceDelta() {
        if (before.wordsPerMinute() == null || after.wordsPerMinute() == null) {
            return null;
        }
        return Math.round((after.wordsPerMinute() - before.wordsPerMinute()) * 10) / 10.0;
    }

    private BigDecimal delta(Function<ScoreCard, BigDecimal> dimension) {
        return dimension
                .apply(after.attempt().scores())
                .subtract(dimension.apply(before.attempt().scores()));
    }
}
