package com.mockmate.interview.service;

import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCard;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a question: what one session (a test or a practice session) made of it. The scores are those of the
 * results page: per dimension and in total the mean over the question's evaluated answers, follow-ups included.
 *
 * @param answeredAt when the question was first answered in that session
 * @param practiceOf for a practice attempt, the test interview it retried the question of
 * @param ratings the evaluator's ratings of the first answer to the question (follow-ups are narrower questions)
 */
public record QuestionAttempt(
        UUID sessionId,
        Instant answeredAt,
        boolean practice,
        @Nullable UUID practiceOf,
        Ratings ratings,
        ScoreCard scores)
        implements Serializable {

    public record Ratings(Rating technical, Rating depth, Rating communication, Rating grammar)
            implements Serializable {}
}
