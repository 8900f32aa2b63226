package com.mockmate.resume.ui;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a résumé entry. Its key is the JSON Resume property it edits, so that a problem the service reports at
 * {@code /work/0/name} lands on the field with key {@code name} of the first position.
 */
record EntryField(
        String key,
        String label,
        Kind kind,
        boolean required,
        @Nullable String helper) implements Serializable {

    /** How a value is typed: a line, a JSON Resume date, free text, or a list (one item a line, or comma-separated). */
    enum Kind {
        TEXT,
        DATE,
        AREA,
        LINES,
        COMMAS
    }

    static final String DATE_PATTERN = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";

    static EntryField required(String key, String label) {
        return new EntryField(key, label, Kind.TEXT, true, null);
    }

    static EntryField optional(String key, String label) {
        return new EntryField(key, label, Kind.TEXT, false, null);
    }

    static EntryField date(String key, String label, boolean required, String helper) {
        return new EntryField(key, label, Kind.DATE, required, helper);
    }

    static EntryField area(String key, String label) {
        return new EntryField(key, label, Kind.AREA, false, null);
    }

    static EntryField lines(String key, String label) {
        return new EntryField(key, label, Kind.LINES, false, "One per line");
    }

    static EntryField commas(String key, String label) {
        return new EntryField(key, label, Kind.COMMAS, false, "Separated by commas");
    }

    /** What is wrong with the typed value, or null. */
    @Nullable
    String problem(String value) {
        if (value.isBlank()) {
            return required ? "Enter the " + label.toLowerCase(java.util.Locale.ROOT) : null;
        }
        if (kind == Kind.DATE && !value.strip().matches(DATE_PATTERN)) {
            return "Use YYYY, YYYY-MM or YYYY-MM-DD";
        }
        return null;
    }

    static String joinLines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> splitLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String joinCommas(List<String> items) {
        return String.join(", ", items);
    }

    static List<String> splitCommas(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
