package com.mockmate.profile.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.profile.domain.Profile;
import com.mockmate.profile.domain.ProfileContent;
import com.mockmate.profile.domain.ProfileRepository;
import com.mockmate.profile.domain.ProfileRules;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountService;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates' profiles: their own to read and edit (every role has one), and public ones by handle. {@link #of(UUID)}
 * is the facade other features (the résumé, the interviewer's candidate summary) read a profile through.
 */
@Service
public class Profiles {

    /** The public photo of a profile, for pages and clients. */
    public static final String PUBLIC_PHOTO_PATH = "/api/v1/profiles/%s/photo";

    private final ProfileRepository profiles;
    private final AccountService accounts;
    private final ProfileInsights insights;
    private final AuditTrail audit;
    private final Clock clock;

    Profiles(
            ProfileRepository profiles,
            AccountService accounts,
            ProfileInsights insights,
            AuditTrail audit,
            Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.insights = insights;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the candidate saved, if anything: no default (and so no free handle to look up) for one who never did. */
    @Transactional(readOnly = true)
    public Optional<ProfileContent> saved(UUID userId) {
        return profiles.findByUserId(userId).map(Profile::content);
    }

    /** The candidate's profile as stored, or the default for one who never saved it. */
    @Transactional(readOnly = true)
    public ProfileDetails of(UUID userId) {
        return profiles.findByUserId(userId)
                .map(Profiles::details)
                .orElseGet(
                        () -> new ProfileDetails(userId, ProfileContent.empty(freeHandle(userId)), false, false, null));
    }

    @Transactional(readOnly = true)
    public ProfileDetails mine(AuthenticatedUser actor) {
        return of(actor.id());
    }

    /** Replaces the candidate's profile; a handle another profile has is a 409. */
    @Transactional
    public ProfileDetails update(AuthenticatedUser actor, ProfileContent content) {
        var violations = ProfileRules.check(content);
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        var now = clock.instant();
        var profile = profiles.findByUserId(actor.id()).orElseGet(() -> new Profile(actor.id(), content.handle(), now));
        if (!content.handle().equals(profile.getHandle()) || profile.isNew()) {
            profiles.findByHandle(content.handle())
                    .filter(other -> !other.getUserId().equals(actor.id()))
                    .ifPresent(other -> {
                        throw handleTaken(content.handle());
                    });
        }
        boolean wasPublic = !profile.isNew() && profile.isPublicProfile();
        profile.edit(content, now);
        try {
            profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException e) {
            // Another candidate took the handle between the check and the insert.
            throw handleTaken(content.handle());
        }
        if (wasPublic != content.publicProfile()) {
            audit.record(
                    actor.id(),
                    content.publicProfile() ? AuditAction.PROFILE_MADE_PUBLIC : AuditAction.PROFILE_MADE_PRIVATE,
                    "PROFILE",
                    profile.getId(),
                    Map.of("handle", content.handle()));
        }
        return details(profile);
    }

    /** A public profile; unknown and private handles get the same 404, so nobody learns which handles exist. */
    @Transactional(readOnly = true)
    public PublicProfile byHandle(String handle) {
        var profile = publicProfile(handle);
        var content = profile.content();
        return new PublicProfile(
                content.handle(),
                content.headline(),
                content.about(),
                content.location(),
                profile.getPhotoKey() == null ? null : PUBLIC_PHOTO_PATH.formatted(content.handle()),
                content.experience(),
                content.education(),
                content.skills(),
                content.certifications(),
                content.links(),
                content.insightsPublic() ? insights.of(profile.getUserId()) : null);
    }

    Profile publicProfile(String handle) {
        return profiles.findByHandle(handle)
                .filter(Profile::isPublicProfile)
                .orElseThrow(() -> new NotFoundException("There is no public profile with this handle."));
    }

    /** The default profile, saved: for a photo uploaded before the profile was first saved. */
    Profile create(UUID userId) {
        return profiles.saveAndFlush(new Profile(userId, freeHandle(userId), clock.instant()));
    }

    /** The username as a handle, with a number appended while another profile has it. */
    private String freeHandle(UUID userId) {
        var base = ProfileRules.handleFrom(accounts.get(userId).username());
        var handle = base;
        for (int n = 2; profiles.existsByHandle(handle); n++) {
            handle = base + "-" + n;
        }
        return handle;
    }

    private static ConflictException handleTaken(String handle) {
        return new ConflictException("The handle '" + handle + "' is taken. Choose another one.");
    }

    private static ProfileDetails details(Profile profile) {
        return new ProfileDetails(
                profile.getUserId(), profile.content(), profile.getPhotoKey() != null, true, profile.getUpdatedAt());
    }
}
