package com.mockmate.profile.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.base.error.PayloadTooLargeException;
import com.mockmate.profile.domain.Profile;
import com.mockmate.profile.domain.ProfileRepository;
import com.mockmate.storage.BlobContent;
import com.mockmate.storage.BlobStore;
import com.mockmate.user.domain.AuthenticatedUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile photos: uploaded, re-encoded without metadata ({@link PhotoImages}), kept in the blob store under
 * {@code profiles/<userId>/photo}, served to their owner and, while the profile is public, to anyone.
 */
@Service
public class ProfilePhotos {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ProfileRepository profiles;
    private final Profiles profileService;
    private final BlobStore blobs;
    private final AuditTrail audit;
    private final Clock clock;

    ProfilePhotos(ProfileRepository profiles, Profiles profileService, BlobStore blobs, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.profileService = profileService;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads at most {@value #MAX_BYTES} bytes of {@code upload}; one byte more is a 413. */
    @Transactional
    public void upload(AuthenticatedUser actor, InputStream upload) {
        var data = readLimited(upload);
        var photo = PhotoImages.reencode(data);
        var profile = profiles.findByUserId(actor.id()).orElseGet(() -> profileService.create(actor.id()));
        var key = key(actor.id());
        blobs.put(key, new ByteArrayInputStream(photo.bytes()), photo.bytes().length, photo.contentType());
        profile.photoChanged(key, clock.instant());
        profiles.save(profile);
        audit.record(
                actor.id(),
                AuditAction.PROFILE_PHOTO_CHANGED,
                "PROFILE",
                profile.getId(),
                Map.of(
                        "bytes", photo.bytes().length,
                        "contentType", photo.contentType(),
                        "width", photo.width(),
                        "height", photo.height()));
    }

    @Transactional
    public void remove(AuthenticatedUser actor) {
        var profile = profiles.findByUserId(actor.id()).filter(p -> p.getPhotoKey() != null);
        if (profile.isEmpty()) {
            return;
        }
        blobs.delete(key(actor.id()));
        profile.get().photoChanged(null, clock.instant());
        audit.record(
                actor.id(),
                AuditAction.PROFILE_PHOTO_REMOVED,
                "PROFILE",
                profile.get().getId(),
                Map.of());
    }

    /** The caller's own photo. The caller closes it. */
    @Transactional(readOnly = true)
    public BlobContent mine(AuthenticatedUser actor) {
        return open(profiles.findByUserId(actor.id()).orElse(null));
    }

    /** The photo of a public profile; a private or unknown one is a 404. The caller closes it. */
    @Transactional(readOnly = true)
    public BlobContent ofPublic(String handle) {
        return open(profileService.publicProfile(handle));
    }

    private BlobContent open(Profile profile) {
        if (profile == null || profile.getPhotoKey() == null) {
            throw new NotFoundException("There is no photo.");
        }
        return blobs.get(profile.getPhotoKey()).orElseThrow(() -> new NotFoundException("There is no photo."));
    }

    static String key(UUID userId) {
        return "profiles/" + userId + "/photo";
    }

    private static byte[] readLimited(InputStream upload) {
        try {
            var data = upload.readNBytes(MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw new PayloadTooLargeException("A photo may be at most 2 MB.");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
