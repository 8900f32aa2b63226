package com.mockmate.resume.pdf;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON Resume dates ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}) as a résumé prints them: "Mar 2021", "2016",
 * and a range "Mar 2021 – Present" when there is no end. ATS parsers read month-name dates reliably; the day is left
 * out as résumés do. Anything else is printed as written rather than guessed at.
 */
final class PrintedDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-\\d{2})?");

    private PrintedDates() {}

    static String range(@Nullable String start, @Nullable String end) {
        var from = date(start);
        var to = isBlank(end) ? "Present" : date(end);
        if (from.isEmpty()) {
            return isBlank(end) ? "" : to;
        }
        return from.equals(to) ? from : from + " – " + to;
    }

    static String date(@Nullable String value) {
        if (isBlank(value)) {
            return "";
        }
        var iso = ISO.matcher(value.strip());
        if (!iso.matches()) {
            return value.strip();
        }
        if (iso.group(2) == null) {
            return iso.group(1);
        }
        int month = Integer.parseInt(iso.group(2));
        if (month < 1 || month > 12) {
            return value.strip();
        }
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + iso.group(1);
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
