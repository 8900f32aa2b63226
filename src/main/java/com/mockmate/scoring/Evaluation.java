package com.mockmate.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;

/** The evaluator's judgement of one answer, exactly as the reply JSON carries it (snake_case on the wire). */
public record Evaluation(
        DimensionRating technical,
        DimensionRating depth,
        DimensionRating communication,
        DimensionRating grammar,
        List<String> strengths,
        List<String> improvements,
        @JsonProperty("next_action") NextAction nextAction)
        implements Serializable {}
