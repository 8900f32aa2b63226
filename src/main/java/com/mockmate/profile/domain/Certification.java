package com.mockmate.profile.domain;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A certificate, with the month ({@code YYYY-MM}) or year it was awarded. */
public record Certification(
        String name, @Nullable String issuer, @Nullable String date) implements Serializable {}
