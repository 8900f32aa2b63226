package com.mockmate.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mockmate.scoring.DimensionRating;
import java.io.Serializable;
import java.util.List;

/**
 * The model's judgement of one answer, exactly as the reply JSON carries it (snake_case on the wire, checked against
 * {@link ReplySchema}). The interview maps it to what it stores and shows.
 */
public record ModelEvaluation(
        DimensionRating technical,
        DimensionRating depth,
        DimensionRating communication,
        DimensionRating grammar,
        List<String> strengths,
        List<String> improvements,
        @JsonProperty("next_action") RequestedAction nextAction)
        implements Serializable {}
