package com.mockmate.profile.domain;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A degree or course of study; dates are {@code YYYY} or {@code YYYY-MM}, no end while still studying. */
public record Education(
        String institution,
        String degree,
        String start,
        @Nullable String end) implements Serializable {}
