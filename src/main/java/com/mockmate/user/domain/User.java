package com.mockmate.user.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "users")
public class User extends AbstractEntity {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]+";
    public static final int EMAIL_MAX = 254;
    public static final int FULL_NAME_MAX = 120;
    /** Names are shown and stored; control characters (NUL above all, which PostgreSQL refuses) have no place there. */
    public static final String FULL_NAME_PATTERN = "[^\\p{Cc}]*";

    public static final int PASSWORD_MIN = 12;
    /** bcrypt reads only the first 72 bytes of a password, and Spring's encoder refuses longer ones. */
    public static final int PASSWORD_MAX_BYTES = 72;
    /** No password of more characters can fit in {@link #PASSWORD_MAX_BYTES}; the byte limit is the real one. */
    public static final int PASSWORD_MAX = PASSWORD_MAX_BYTES;

    public static final String PASSWORD_SIZE_MESSAGE =
            "must be {min} to {max} characters long, and at most " + PASSWORD_MAX_BYTES + " bytes in UTF-8";

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "recording_consent_at")
    private @Nullable Instant recordingConsentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {}

    /** The username is stored in its canonical spelling (see {@link Usernames}), which must be well-formed. */
    public User(String username, String email, String fullName, String passwordHash, Role role, Instant now) {
        var normalised = Usernames.normalise(username);
        if (!Usernames.isWellFormed(normalised)) {
            throw new IllegalArgumentException("Not a valid username: " + Usernames.forAudit(username));
        }
        this.username = normalised;
        this.email = email;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changeRole(Role newRole, Instant now) {
        this.role = newRole;
        this.updatedAt = now;
    }

    public void lockUntil(Instant until, Instant now) {
        this.lockedUntil = until;
        this.updatedAt = now;
    }

    public void unlock(Instant now) {
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    public void changeDetails(String newFullName, String newEmail, Instant now) {
        this.fullName = newFullName;
        this.email = newEmail;
        this.updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    /** The user agreed that spoken answers are recorded, transcribed and kept for the retention period. */
    public void giveRecordingConsent(Instant now) {
        if (recordingConsentAt == null) {
            recordingConsentAt = now;
            updatedAt = now;
        }
    }

    /** Spoken answers need consent again; recordings already made stay until they expire or are deleted. */
    public void withdrawRecordingConsent(Instant now) {
        if (recordingConsentAt != null) {
            recordingConsentAt = null;
            updatedAt = now;
        }
    }

    public @Nullable Instant getRecordingConsentAt() {
        return recordingConsentAt;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
