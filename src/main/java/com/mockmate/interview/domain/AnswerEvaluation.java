package com.mockmate.interview.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.DimensionRatings;
import java.io.Serializable;
import java.util.List;

/**
 * The judgement of one answer as the interview keeps it (the turn's JSONB column) and shows it (REST and screens).
 * Its JSON is the reply format's evaluation, snake_case included, so rows stored before the model reply got its own
 * type still read.
 *
 * @param nextAction what the evaluator asked for; the turn's own next action is what the interview actually did
 */
public record AnswerEvaluation(
        DimensionRating technical,
        DimensionRating depth,
        DimensionRating communication,
        DimensionRating grammar,
        List<String> strengths,
        List<String> improvements,
        @JsonProperty("next_action") NextAction nextAction)
        implements Serializable {

    /** The four rubric dimensions the score is computed from. */
    public DimensionRatings ratings() {
        return new DimensionRatings(technical, depth, communication, grammar);
    }
}
