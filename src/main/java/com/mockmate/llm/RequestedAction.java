package com.mockmate.llm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What the model asks the interviewer to do next, as the reply schema spells it ({@code follow_up},
 * {@code next_question}, {@code end}). A request only: the interview decides what it actually does.
 */
public enum RequestedAction {
    FOLLOW_UP,
    NEXT_QUESTION,
    END;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RequestedAction fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
