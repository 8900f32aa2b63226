package com.mockmate.profile.service;

import com.mockmate.profile.domain.Certification;
import com.mockmate.profile.domain.Education;
import com.mockmate.profile.domain.Experience;
import com.mockmate.profile.domain.ProfileLink;
import com.mockmate.profile.domain.Skill;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What anyone may see of a profile its owner made public: what they wrote and, unless hidden, the verified insights.
 * Never the account's name, email or phone, and nothing about the account itself.
 *
 * @param photoUrl where the photo is served, or {@code null} without one
 * @param insights {@code null} when the candidate hides them from the public page
 */
public record PublicProfile(
        String handle,
        @Nullable String headline,
        @Nullable String about,
        @Nullable String location,
        @Nullable String photoUrl,
        List<Experience> experience,
        List<Education> education,
        List<Skill> skills,
        List<Certification> certifications,
        List<ProfileLink> links,
        @Nullable Insights insights)
        implements Serializable {}
