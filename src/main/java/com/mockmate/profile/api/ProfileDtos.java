package com.mockmate.profile.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.ProfileLink;
import com.mockmate.profile.domain.Skill;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the profile endpoints. */
final class ProfileDtos {

    private ProfileDtos() {}

    static final String PROFILE_EXAMPLE = """
            {"handle": "jane-doe", "public": false, "insightsPublic": true, "headline": "Backend engineer",
             "about": "I build payment systems.", "location": "Berlin",
             "experience": [{"title": "Software Engineer", "company": "Acme Robotics", "start": "2021-03", "end": null,
                             "bullets": ["Cut p95 latency of the order API by 40%"]}],
             "education": [{"institution": "TU Berlin", "degree": "BSc Computer Science", "start": "2016", "end": "2020"}],
             "skills": [{"name": "Java", "level": "advanced", "years": 5}],
             "certifications": [{"name": "AWS Certified Developer", "issuer": "Amazon Web Services", "date": "2023-05"}],
             "links": [{"label": "GitHub", "url": "https://github.com/jane"}]}""";

    static final String RESPONSE_EXAMPLE = """
            {"handle": "jane-doe", "public": true, "insightsPublic": true, "headline": "Backend engineer",
             "about": "I build payment systems.", "location": "Berlin",
             "experience": [{"title": "Software Engineer", "company": "Acme Robotics", "start": "2021-03", "end": null,
                             "bullets": ["Cut p95 latency of the order API by 40%"]}],
             "education": [{"institution": "TU Berlin", "degree": "BSc Computer Science", "start": "2016", "end": "2020"}],
             "skills": [{"name": "Java", "level": "advanced", "years": 5}],
             "certifications": [], "links": [{"label": "GitHub", "url": "https://github.com/jane"}],
             "photoUrl": "/api/v1/profile/photo", "publicUrl": "https://mockmate.example/p/jane-doe",
             "updatedAt": "2026-12-02T10:15:30Z"}""";

    static final String INVALID_EXAMPLE = """
            {"type": "about:blank", "title": "Validation failed", "status": 400,
             "detail": "The request has invalid fields.", "instance": "/api/v1/profile",
             "errors": [{"field": "experience[0].end", "message": "must not be before the start (2021-03)"},
                        {"field": "links[0].url", "message": "must start with http:// or https://"}]}""";

    /**
     * The profile as sent. A missing {@code handle} keeps the current one, a missing {@code insightsPublic} keeps the
     * current choice, a missing {@code public} means private, and a missing list is empty.
     */
    record ProfileRequest(
            @Nullable String handle,
            @JsonProperty("public") @Nullable Boolean publicProfile,
            @Nullable Boolean insightsPublic,
            @Nullable String headline,
            @Nullable String about,
            @Nullable String location,
            @Nullable List<Experience> experience,
            @Nullable List<Education> education,
            @Nullable List<Skill> skills,
            @Nullable List<Certification> certifications,
            @Nullable List<ProfileLink> links) {

        ProfileContent merge(ProfileContent current) {
            return new ProfileContent(
                    handle == null ? current.handle() : handle.strip(),
                    Boolean.TRUE.equals(publicProfile),
                    insightsPublic == null ? current.insightsPublic() : insightsPublic,
                    blankToNull(headline),
                    blankToNull(about),
                    blankToNull(location),
                    experience,
                    education,
                    skills,
                    certifications,
                    links);
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /**
     * @param photoUrl where the owner fetches the photo, or {@code null} without one
     * @param publicUrl the public page's address (it answers only while {@code public} is true)
     */
    record ProfileResponse(
            @JsonUnwrapped ProfileContent profile,
            @Nullable String photoUrl,
            String publicUrl,
            java.time.@Nullable Instant updatedAt) {}
}
