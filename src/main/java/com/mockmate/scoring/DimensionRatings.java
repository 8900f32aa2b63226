package com.mockmate.scoring;

import java.io.Serializable;

/** The rubric's four dimensions as rated for one answer: what {@link ScoreCalculator} weighs. */
public record DimensionRatings(
        DimensionRating technical, DimensionRating depth, DimensionRating communication, DimensionRating grammar)
        implements Serializable {}
