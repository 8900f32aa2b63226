package com.mockmate.profile.domain;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits of a profile, in one place for the API (field errors) and the editor (Binder validators). Field names are
 * JSON paths as clients send them, e.g. {@code experience[0].end}.
 */
public final class ProfileRules {

    public static final int HANDLE_MIN = 3;
    public static final int HANDLE_MAX = 40;
    public static final int HEADLINE_MAX = 200;
    public static final int ABOUT_MAX = 4000;
    public static final int LOCATION_MAX = 120;
    /** Titles, companies, institutions, degrees, skill and certificate names, issuers and link labels. */
    public static final int NAME_MAX = 120;

    public static final int BULLET_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int MAX_EXPERIENCE = 30;
    public static final int MAX_BULLETS = 10;
    public static final int MAX_EDUCATION = 15;
    public static final int MAX_SKILLS = 50;
    public static final int MAX_CERTIFICATIONS = 30;
    public static final int MAX_LINKS = 10;
    public static final int MAX_YEARS = 60;

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern DATE = Pattern.compile("(19[5-9]\\d|20\\d\\d|2100)(-(0[1-9]|1[0-2]))?");

    /** One rejected value, with the JSON path of its field. */
    public record Violation(String field, String message) implements Serializable {}

    private ProfileRules() {}

    /** Every problem of a profile, in field order; empty when it may be saved. */
    public static List<Violation> check(ProfileContent content) {
        var found = new ArrayList<Violation>();
        add(found, "handle", handleProblem(content.handle()));
        add(found, "headline", lengthProblem(content.headline(), HEADLINE_MAX));
        add(found, "about", lengthProblem(content.about(), ABOUT_MAX));
        add(found, "location", lengthProblem(content.location(), LOCATION_MAX));
        checkExperience(found, content.experience());
        checkEducation(found, content.education());
        checkSkills(found, content.skills());
        checkCertifications(found, content.certifications());
        checkLinks(found, content.links());
        return List.copyOf(found);
    }

    private static void checkExperience(List<Violation> found, List<Experience> entries) {
        add(found, "experience", countProblem(entries, MAX_EXPERIENCE, "positions"));
        for (int i = 0; i < Math.min(entries.size(), MAX_EXPERIENCE); i++) {
            var entry = entries.get(i);
            var at = "experience[" + i + "].";
            add(found, at + "title", requiredName(entry.title()));
            add(found, at + "company", requiredName(entry.company()));
            add(found, at + "start", requiredDate(entry.start()));
            add(found, at + "end", endProblem(entry.start(), entry.end()));
            add(found, at + "bullets", countProblem(entry.bullets(), MAX_BULLETS, "bullets"));
            for (int b = 0; b < entry.bullets().size(); b++) {
                add(
                        found,
                        at + "bullets[" + b + "]",
                        requiredText(entry.bullets().get(b), BULLET_MAX));
            }
        }
    }

    private static void checkEducation(List<Violation> found, List<Education> entries) {
        add(found, "education", countProblem(entries, MAX_EDUCATION, "entries"));
        for (int i = 0; i < Math.min(entries.size(), MAX_EDUCATION); i++) {
            var entry = entries.get(i);
            var at = "education[" + i + "].";
            add(found, at + "institution", requiredName(entry.institution()));
            add(found, at + "degree", requiredName(entry.degree()));
            add(found, at + "start", requiredDate(entry.start()));
            add(found, at + "end", endProblem(entry.start(), entry.end()));
        }
    }

    private static void checkSkills(List<Violation> found, List<Skill> skills) {
        add(found, "skills", countProblem(skills, MAX_SKILLS, "skills"));
        for (int i = 0; i < Math.min(skills.size(), MAX_SKILLS); i++) {
            var skill = skills.get(i);
            var at = "skills[" + i + "].";
            add(found, at + "name", requiredName(skill.name()));
            add(found, at + "level", levelProblem(skill.level()));
            if (skill.years() != null && (skill.years() < 0 || skill.years() > MAX_YEARS)) {
                add(found, at + "years", "must be between 0 and " + MAX_YEARS);
            }
        }
    }

    private static void checkCertifications(List<Violation> found, List<Certification> certifications) {
        add(found, "certifications", countProblem(certifications, MAX_CERTIFICATIONS, "certifications"));
        for (int i = 0; i < Math.min(certifications.size(), MAX_CERTIFICATIONS); i++) {
            var certification = certifications.get(i);
            var at = "certifications[" + i + "].";
            add(found, at + "name", requiredName(certification.name()));
            add(found, at + "issuer", lengthProblem(certification.issuer(), NAME_MAX));
            add(found, at + "date", isBlank(certification.date()) ? null : dateProblem(certification.date()));
        }
    }

    private static void checkLinks(List<Violation> found, List<ProfileLink> links) {
        add(found, "links", countProblem(links, MAX_LINKS, "links"));
        for (int i = 0; i < Math.min(links.size(), MAX_LINKS); i++) {
            var link = links.get(i);
            add(found, "links[" + i + "].label", requiredName(link.label()));
            add(found, "links[" + i + "].url", urlProblem(link.url()));
        }
    }

    /** Why a handle cannot be used, or null: 3–40 of a–z, 0–9 and inner hyphens. */
    public static @Nullable String handleProblem(@Nullable String handle) {
        if (isBlank(handle)) {
            return "must not be empty";
        }
        if (handle.length() < HANDLE_MIN || handle.length() > HANDLE_MAX) {
            return "must be " + HANDLE_MIN + " to " + HANDLE_MAX + " characters long";
        }
        return HANDLE.matcher(handle).matches()
                ? null
                : "may contain only lower-case letters a-z, digits and hyphens, and must not start or end with a hyphen";
    }

    /** Why a date is not {@code YYYY} or {@code YYYY-MM} (1950–2100), or null. */
    public static @Nullable String dateProblem(@Nullable String date) {
        return date != null && DATE.matcher(date).matches() ? null : "must be a year (YYYY) or a month (YYYY-MM)";
    }

    /**
     * Why {@code end} cannot close a period that began at {@code start}, or null. When either has no month, only the
     * years are compared: "2020" may end a period that began in "2020-09".
     */
    public static @Nullable String endProblem(@Nullable String start, @Nullable String end) {
        if (isBlank(end)) {
            return null;
        }
        var problem = dateProblem(end);
        if (problem != null || dateProblem(start) != null) {
            return problem;
        }
        boolean monthly = start.length() == 7 && end.length() == 7;
        var from = monthly ? start : start.substring(0, 4);
        var to = monthly ? end : end.substring(0, 4);
        return to.compareTo(from) < 0 ? "must not be before the start (" + start + ")" : null;
    }

    /** Why a link cannot be shown, or null: an absolute http or https URL with a host. */
    public static @Nullable String urlProblem(@Nullable String url) {
        if (isBlank(url)) {
            return "must not be empty";
        }
        if (url.length() > URL_MAX) {
            return "must be at most " + URL_MAX + " characters long";
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must start with http:// or https://";
            }
            return uri.getHost() == null || uri.getHost().isBlank() ? "must name a host" : null;
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
    }

    public static @Nullable String levelProblem(@Nullable String level) {
        return level != null && Skill.LEVELS.contains(level) ? null : "must be one of " + Skill.LEVELS;
    }

    public static @Nullable String lengthProblem(@Nullable String text, int max) {
        return text != null && text.length() > max ? "must be at most " + max + " characters long" : null;
    }

    /**
     * A handle made from a username: NFKC, lower-case, every run of other characters a hyphen, padded when short.
     * Usernames allow {@code .} and {@code _}, handles do not.
     */
    public static String handleFrom(String username) {
        var base = Normalizer.normalize(username, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > HANDLE_MAX - 4) {
            base = base.substring(0, HANDLE_MAX - 4).replaceAll("-+$", "");
        }
        while (base.length() < HANDLE_MIN) {
            base = base.isEmpty() ? "candidate" : base + "-me";
        }
        return base;
    }

    private static @Nullable String requiredName(@Nullable String text) {
        return requiredText(text, NAME_MAX);
    }

    private static @Nullable String requiredText(@Nullable String text, int max) {
        return isBlank(text) ? "must not be empty" : lengthProblem(text, max);
    }

    private static @Nullable String requiredDate(@Nullable String date) {
        return isBlank(date) ? "must not be empty" : dateProblem(date);
    }

    private static @Nullable String countProblem(List<?> entries, int max, String what) {
        return entries.size() > max ? "must have at most " + max + " " + what : null;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static void add(List<Violation> found, String field, @Nullable String message) {
        if (message != null) {
            found.add(new Violation(field, message));
        }
    }
}
