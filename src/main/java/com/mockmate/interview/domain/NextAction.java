package com.mockmate.interview.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What the interviewer does after an answer. The column {@code next_action} stores the constant's name, JSON (stored
 * evaluations, the REST payload) its lower-case form, e.g. {@code next_question}.
 */
public enum NextAction {
    FOLLOW_UP,
    NEXT_QUESTION,
    END;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NextAction fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
