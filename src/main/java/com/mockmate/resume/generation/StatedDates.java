package com.mockmate.resume.generation;

import org.jspecify.annotations.Nullable;

/**
 * Whether a résumé's date states what the profile's does. The profile has {@code YYYY-MM} or {@code YYYY}; the résumé
 * may give the same, or only the year of a {@code YYYY-MM}. A month or day the profile does not have is invented, and
 * so is an end date for a current position or a missing one for a position that ended (that would read "present").
 */
final class StatedDates {

    private StatedDates() {}

    static boolean states(@Nullable String resumeDate, @Nullable String profileDate) {
        if (Normalised.blank(profileDate)) {
            return Normalised.blank(resumeDate);
        }
        if (Normalised.blank(resumeDate)) {
            return false;
        }
        var resume = resumeDate.strip();
        var profile = profileDate.strip();
        return resume.equals(profile) || (resume.length() == 4 && profile.startsWith(resume + "-"));
    }

    /** The date as it may be omitted: a certificate's date is optional on a résumé, a position's end is not. */
    static boolean statesOrOmits(@Nullable String resumeDate, @Nullable String profileDate) {
        return Normalised.blank(resumeDate) || states(resumeDate, profileDate);
    }

    /** For sorting most recent first: {@code YYYY} sorts before any month of that year. */
    static String sortable(@Nullable String date) {
        return Normalised.blank(date) ? "9999-99" : date.strip().length() == 4 ? date.strip() + "-00" : date.strip();
    }
}
