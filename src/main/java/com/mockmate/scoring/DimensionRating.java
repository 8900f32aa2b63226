package com.mockmate.scoring;

import java.io.Serializable;

public record DimensionRating(Rating rating, String justification) implements Serializable {}
