package com.mockmate.profile.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate writes about themselves. Private until they make it public; its limits are in {@link ProfileRules}.
 * The verified insights are not here: MockMate computes them, and keeps them apart ({@link StoredInsights}).
 */
@Entity
@Table(name = "profiles")
public class Profile extends AbstractEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, length = ProfileRules.HANDLE_MAX)
    private String handle;

    @Column(name = "public_profile", nullable = false)
    private boolean publicProfile;

    @Column(name = "insights_public", nullable = false)
    private boolean insightsPublic = true;

    @Column(length = ProfileRules.HEADLINE_MAX)
    private @Nullable String headline;

    @Column(length = ProfileRules.ABOUT_MAX)
    private @Nullable String about;

    @Column(length = ProfileRules.LOCATION_MAX)
    private @Nullable String location;

    @Column(name = "photo_key", length = 300)
    private @Nullable String photoKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Experience> experience = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Education> education = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Skill> skills = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Certification> certifications = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ProfileLink> links = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Profile() {}

    public Profile(UUID userId, String handle, Instant now) {
        this.userId = userId;
        this.handle = handle;
        this.updatedAt = now;
    }

    /** Replaces everything the candidate writes; the values were checked by {@link ProfileRules}. */
    public void edit(ProfileContent content, Instant now) {
        handle = content.handle();
        publicProfile = content.publicProfile();
        insightsPublic = content.insightsPublic();
        headline = content.headline();
        about = content.about();
        location = content.location();
        experience = new ArrayList<>(content.experience());
        education = new ArrayList<>(content.education());
        skills = new ArrayList<>(content.skills());
        certifications = new ArrayList<>(content.certifications());
        links = new ArrayList<>(content.links());
        updatedAt = now;
    }

    public void photoChanged(@Nullable String key, Instant now) {
        photoKey = key;
        updatedAt = now;
    }

    public ProfileContent content() {
        return new ProfileContent(
                handle,
                publicProfile,
                insightsPublic,
                headline,
                about,
                location,
                experience,
                education,
                skills,
                certifications,
                links);
    }

    public UUID getUserId() {
        return userId;
    }

    public String getHandle() {
        return handle;
    }

    public boolean isPublicProfile() {
        return publicProfile;
    }

    public @Nullable String getPhotoKey() {
        return photoKey;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
