package com.mockmate.profile.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a candidate writes on their profile, as clients send and receive it. Lists are never null (a missing list
 * is an empty one).
 *
 * @param publicProfile {@code "public"} in JSON: whether {@code /p/{handle}} and the public API show it
 * @param insightsPublic whether the public page also shows the verified insights
 */
public record ProfileContent(
        String handle,
        @JsonProperty("public") boolean publicProfile,
        boolean insightsPublic,
        @Nullable String headline,
        @Nullable String about,
        @Nullable String location,
        List<Experience> experience,
        List<Education> education,
        List<Skill> skills,
        List<Certification> certifications,
        List<ProfileLink> links)
        implements Serializable {

    public ProfileContent {
        experience = copy(experience);
        education = copy(education);
        skills = copy(skills);
        certifications = copy(certifications);
        links = copy(links);
    }

    /** A new candidate's profile: only the handle, private, insights shown once it is public. */
    public static ProfileContent empty(String handle) {
        return new ProfileContent(
                handle, false, true, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
