package com.mockmate.resume.generation;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes contact data out of the free text the model sees (headline, about, bullets): email addresses, web links, phone
 * numbers and the candidate's name, because candidates type all sorts into a headline and the model must not repeat
 * it where the résumé's contact block is not. A bare domain ("Booking.com") stays: it is as often an employer.
 */
final class ContactScrubber {

    static final String REMOVED = "[removed]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s()./-]{6,}\\d");
    private static final int MIN_NAME_LENGTH = 3;

    private final List<Pattern> names;

    ContactScrubber(String name) {
        var whole = name.strip();
        this.names = whole.length() < MIN_NAME_LENGTH
                ? List.of()
                : List.of(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(whole) + "(?![\\p{L}\\p{N}])"));
    }

    @Nullable
    String scrub(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var result = EMAIL.matcher(text).replaceAll(REMOVED);
        result = LINK.matcher(result).replaceAll(REMOVED);
        result = PHONE.matcher(result).replaceAll(match -> looksLikeAPeriod(match.group()) ? match.group() : REMOVED);
        for (var name : names) {
            result = name.matcher(result).replaceAll(REMOVED);
        }
        return result;
    }

    List<String> scrub(List<String> texts) {
        return texts.stream().map(this::scrub).toList();
    }

    /** "2019 - 2021" or "2019-2021" in a bullet is a period, not a phone number. */
    private static boolean looksLikeAPeriod(String digits) {
        return digits.matches("(19|20)\\d\\d\\s*[-/–]\\s*(19|20)\\d\\d");
    }
}
