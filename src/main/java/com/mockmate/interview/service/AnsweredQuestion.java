package com.mockmate.interview.service;

import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.evaluation.AnswerCoverage;
import com.mockmate.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The evaluated answers one session holds to one question (the first answer and its follow-ups, in order) with their
 * scores: the raw material of an attempt.
 */
record AnsweredQuestion(InterviewSession session, List<InterviewTurn> turns, Map<UUID, ScoreCard> scores) {

    AnsweredQuestion {
        turns = turns.stream()
                .sorted(Comparator.comparingInt(InterviewTurn::getPosition))
                .toList();
    }

    QuestionAttempt attempt() {
        var first = turns.stream()
                .filter(t -> t.getFollowUpIndex() == 0)
                .findFirst()
                .orElse(turns.getFirst());
        var ratings = Objects.requireNonNull(first.getOutcome().getEvaluation()).ratings();
        return new QuestionAttempt(
                session.getId(),
                turns.getFirst().getCreatedAt(),
                session.isPractice(),
                session.getPracticeOf(),
                new QuestionAttempt.Ratings(
                        ratings.technical().rating(),
                        ratings.depth().rating(),
                        ratings.communication().rating(),
                        ratings.grammar().rating()),
                new ScoreCard(
                        mean(ScoreCard::technical),
                        mean(ScoreCard::depth),
                        mean(ScoreCard::communication),
                        mean(ScoreCard::grammar),
                        Objects.requireNonNull(QuestionScores.question(
                                cards().stream().map(ScoreCard::total).toList()))));
    }

    /** This attempt measured against the given question's key points. */
    AttemptComparison.Side side(DrawnQuestions.Question question, AnswerCoverage coverage) {
        var answer = turns.stream()
                .map(InterviewTurn::getAnswerText)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n\n"));
        KeyPointsCovered covered = coverage.of(answer, question.keyPoints(), question.text());
        return new AttemptComparison.Side(attempt(), answer, words(answer), pace(), covered);
    }

    /** The question as this session drew it. */
    DrawnQuestions.Question question() {
        return session.getQuestions().byId(turns.getFirst().getQuestionId()).orElseThrow();
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Words per minute over the spoken answers, each weighted by how long it took. */
    private @Nullable Double pace() {
        double seconds = 0;
        double words = 0;
        for (var turn : turns) {
            var delivery = turn.getSpoken().getDelivery();
            if (turn.getAnswerMode() == AnswerMode.VOICE && delivery != null && delivery.durationSeconds() > 0) {
                seconds += delivery.durationSeconds();
                words += delivery.wordsPerMinute() * delivery.durationSeconds() / 60;
            }
        }
        return seconds == 0 ? null : Math.round(words / seconds * 600) / 10.0;
    }

    private List<ScoreCard> cards() {
        return turns.stream().map(t -> scores.get(t.getId())).toList();
    }

    private BigDecimal mean(Function<ScoreCard, BigDecimal> dimension) {
        return cards().stream()
                .map(dimension)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(turns.size()), 2, RoundingMode.HALF_UP);
    }
}
