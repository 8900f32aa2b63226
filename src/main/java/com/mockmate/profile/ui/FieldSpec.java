package com.mockmate.profile.ui;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of an entry form: its key in the entry's values, its label, how it is edited and the rule it must meet
 * (from {@link com.mockmate.profile.domain.ProfileRules}, so the editor and the API agree).
 *
 * @param choices for {@link Kind#CHOICE}: the values offered
 */
record FieldSpec(
        String key, String label, Kind kind, @Nullable String placeholder, Rule rule, List<String> choices)
        implements Serializable {

    enum Kind {
        TEXT,
        AREA,
        CHOICE
    }

    /** Why the value is not acceptable, or null; {@code entry} gives the entry's other values (an end needs its start). */
    @FunctionalInterface
    interface Rule extends Serializable {
        @Nullable
        String problem(String value, EntryForm entry);
    }

    static FieldSpec text(String key, String label, Rule rule) {
        return new FieldSpec(key, label, Kind.TEXT, null, rule, List.of());
    }

    static FieldSpec text(String key, String label, String placeholder, Rule rule) {
        return new FieldSpec(key, label, Kind.TEXT, placeholder, rule, List.of());
    }

    static FieldSpec area(String key, String label, String placeholder, Rule rule) {
        return new FieldSpec(key, label, Kind.AREA, placeholder, rule, List.of());
    }

    static FieldSpec choice(String key, String label, List<String> choices) {
        return new FieldSpec(
                key, label, Kind.CHOICE, null, (value, entry) -> value.isBlank() ? "must be chosen" : null, choices);
    }
}
