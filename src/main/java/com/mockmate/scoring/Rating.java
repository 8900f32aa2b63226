package com.mockmate.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The rubric: each rating the evaluator gives maps to fixed points. */
public enum Rating {
    EXCELLENT(100),
    GOOD(80),
    FAIR(60),
    POOR(30),
    NONE(0);

    private final int points;

    Rating(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Rating fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
