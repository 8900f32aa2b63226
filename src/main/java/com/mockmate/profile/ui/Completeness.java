package com.mockmate.profile.ui;

import com.mockmate.profile.domain.ProfileContent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How complete a profile is, and what to add next: eight things a recruiter looks for, each worth the same.
 *
 * @param percent 0–100
 * @param hints what is missing, most useful first
 */
record Completeness(int percent, List<String> hints) implements Serializable {

    static final int MIN_SKILLS = 3;

    static Completeness of(ProfileContent profile, boolean hasPhoto) {
        var hints = new ArrayList<String>();
        int done = 0;
        done += check(has(profile.headline()), "Add a headline, e.g. \"Backend engineer\"", hints);
        done += check(!profile.experience().isEmpty(), "Add your experience", hints);
        done += check(profile.skills().size() >= MIN_SKILLS, "List at least " + MIN_SKILLS + " skills", hints);
        done += check(has(profile.about()), "Write a few lines about yourself", hints);
        done += check(hasPhoto, "Add a photo", hints);
        done += check(!profile.education().isEmpty(), "Add your education", hints);
        done += check(!profile.links().isEmpty(), "Add a link, e.g. GitHub or LinkedIn", hints);
        done += check(has(profile.location()), "Add your location", hints);
        return new Completeness(done * 100 / 8, List.copyOf(hints));
    }

    private static int check(boolean present, String hint, List<String> hints) {
        if (!present) {
            hints.add(hint);
        }
        return present ? 1 : 0;
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }
}
