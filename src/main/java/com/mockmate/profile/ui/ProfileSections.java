package com.mockmate.profile.ui;

import static com.mockmate.profile.domain.ProfileRules.NAME_MAX;

import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileLink;
import com.mockmate.profile.domain.ProfileRules;
import com.mockmate.profile.domain.Skill;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The fields of each profile section and the conversion between their text values and the profile's records. */
final class ProfileSections {

    static final List<FieldSpec> BASICS = List.of(
            FieldSpec.text("handle", "Handle", (v, e) -> ProfileRules.handleProblem(v)),
            FieldSpec.text(
                    "headline",
                    "Headline",
                    "Backend engineer",
                    (v, e) -> ProfileRules.lengthProblem(v, ProfileRules.HEADLINE_MAX)),
            FieldSpec.text(
                    "location",
                    "Location",
                    "Berlin",
                    (v, e) -> ProfileRules.lengthProblem(v, ProfileRules.LOCATION_MAX)),
            FieldSpec.area(
                    "about",
                    "About",
                    "What you build and what you are looking for",
                    (v, e) -> ProfileRules.lengthProblem(v, ProfileRules.ABOUT_MAX)));

    static final List<FieldSpec> EXPERIENCE = List.of(
            FieldSpec.text("title", "Title", (v, e) -> required(v)),
            FieldSpec.text("company", "Company", (v, e) -> required(v)),
            FieldSpec.text(
                    "start",
                    "Start",
                    "YYYY-MM",
                    (v, e) -> v.isBlank() ? "must not be empty" : ProfileRules.dateProblem(v)),
            FieldSpec.text("end", "End", "empty while current", (v, e) -> ProfileRules.endProblem(e.value("start"), v)),
            FieldSpec.area("bullets", "Achievements", "One per line", (v, e) -> bulletsProblem(v)));

    static final List<FieldSpec> EDUCATION = List.of(
            FieldSpec.text("institution", "Institution", (v, e) -> required(v)),
            FieldSpec.text("degree", "Degree", (v, e) -> required(v)),
            FieldSpec.text(
                    "start",
                    "Start",
                    "YYYY",
                    (v, e) -> v.isBlank() ? "must not be empty" : ProfileRules.dateProblem(v)),
            FieldSpec.text("end", "End", "YYYY", (v, e) -> ProfileRules.endProblem(e.value("start"), v)));

    static final List<FieldSpec> SKILLS = List.of(
            FieldSpec.text("name", "Skill", (v, e) -> required(v)),
            FieldSpec.choice("level", "Level", Skill.LEVELS),
            FieldSpec.text("years", "Years", (v, e) -> yearsProblem(v)));

    static final List<FieldSpec> CERTIFICATIONS = List.of(
            FieldSpec.text("name", "Certificate", (v, e) -> required(v)),
            FieldSpec.text("issuer", "Issuer", (v, e) -> ProfileRules.lengthProblem(v, NAME_MAX)),
            FieldSpec.text("date", "Date", "YYYY-MM", (v, e) -> v.isBlank() ? null : ProfileRules.dateProblem(v)));

    static final List<FieldSpec> LINKS = List.of(
            FieldSpec.text("label", "Label", "GitHub", (v, e) -> required(v)),
            FieldSpec.text("url", "URL", "https://", (v, e) -> ProfileRules.urlProblem(v)));

    private ProfileSections() {}

    static List<Map<String, String>> experienceValues(List<Experience> experience) {
        return experience.stream()
                .map(p -> values(
                        "title",
                        p.title(),
                        "company",
                        p.company(),
                        "start",
                        p.start(),
                        "end",
                        p.end(),
                        "bullets",
                        String.join("\n", p.bullets())))
                .toList();
    }

    static List<Experience> experience(List<Map<String, String>> entries) {
        return entries.stream()
                .map(v -> new Experience(
                        v.get("title"), v.get("company"), v.get("start"), blank(v.get("end")), lines(v.get("bullets"))))
                .toList();
    }

    static List<Map<String, String>> educationValues(List<Education> education) {
        return education.stream()
                .map(s -> values(
                        "institution", s.institution(), "degree", s.degree(), "start", s.start(), "end", s.end()))
                .toList();
    }

    static List<Education> education(List<Map<String, String>> entries) {
        return entries.stream()
                .map(v -> new Education(v.get("institution"), v.get("degree"), v.get("start"), blank(v.get("end"))))
                .toList();
    }

    static List<Map<String, String>> skillValues(List<Skill> skills) {
        return skills.stream()
                .map(s -> values(
                        "name",
                        s.name(),
                        "level",
                        s.level(),
                        "years",
                        s.years() == null ? "" : s.years().toString()))
                .toList();
    }

    static List<Skill> skills(List<Map<String, String>> entries) {
        return entries.stream()
                .map(v -> new Skill(v.get("name"), v.get("level"), integer(v.get("years"))))
                .toList();
    }

    static List<Map<String, String>> certificationValues(List<Certification> certifications) {
        return certifications.stream()
                .map(c -> values("name", c.name(), "issuer", c.issuer(), "date", c.date()))
                .toList();
    }

    static List<Certification> certifications(List<Map<String, String>> entries) {
        return entries.stream()
                .map(v -> new Certification(v.get("name"), blank(v.get("issuer")), blank(v.get("date"))))
                .toList();
    }

    static List<Map<String, String>> linkValues(List<ProfileLink> links) {
        return links.stream()
                .map(l -> values("label", l.label(), "url", l.url()))
                .toList();
    }

    static List<ProfileLink> links(List<Map<String, String>> entries) {
        return entries.stream()
                .map(v -> new ProfileLink(v.get("label"), v.get("url")))
                .toList();
    }

    static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static @Nullable String required(String value) {
        return value.isBlank() ? "must not be empty" : ProfileRules.lengthProblem(value, NAME_MAX);
    }

    private static @Nullable String bulletsProblem(String value) {
        var bullets = lines(value);
        if (bullets.size() > ProfileRules.MAX_BULLETS) {
            return "may have at most " + ProfileRules.MAX_BULLETS + " lines";
        }
        return bullets.stream().anyMatch(b -> b.length() > ProfileRules.BULLET_MAX)
                ? "lines may be at most " + ProfileRules.BULLET_MAX + " characters long"
                : null;
    }

    private static @Nullable String yearsProblem(String value) {
        if (value.isBlank()) {
            return null;
        }
        var years = integer(value);
        return years == null || years < 0 || years > ProfileRules.MAX_YEARS
                ? "must be a whole number from 0 to " + ProfileRules.MAX_YEARS
                : null;
    }

    private static @Nullable Integer integer(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    private static Map<String, String> values(@Nullable String... keysAndValues) {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return values;
    }
}
