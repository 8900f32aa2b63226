package com.mockmate.audit;

public enum AuditAction {
    USER_REGISTERED,
    REGISTRATION_THROTTLED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    TOKEN_REFRESHED,
    REFRESH_TOKEN_REUSED,
    LOGGED_OUT,
    /** A web session or live connection ended because its account changed (details: reason, channel). */
    SESSION_ENDED,
    ROLE_CHANGED,
    USER_LOCKED,
    USER_UNLOCKED,
    PROFILE_UPDATED,
    PASSWORD_CHANGED,
    CURRENT_PASSWORD_REJECTED,
    CURRENT_PASSWORD_THROTTLED,
    ADMIN_CREATED,
    TOPIC_CREATED,
    TOPIC_UPDATED,
    TOPIC_DELETED,
    QUESTION_CREATED,
    QUESTION_UPDATED,
    QUESTION_DELETED,
    QUESTION_ARCHIVED,
    QUESTIONS_IMPORTED,
    ASSESSMENT_CREATED,
    ASSESSMENT_UPDATED,
    ASSESSMENT_DELETED,
    ASSESSMENT_PUBLISHED,
    ASSESSMENT_ARCHIVED,
    RECORDING_CONSENT_GIVEN,
    RECORDING_CONSENT_WITHDRAWN,
    RECORDINGS_DELETED,
    RECORDINGS_EXPIRED,
    /** Staff marked an answer flagged as a likely prompt-injection attempt as reviewed. */
    FLAGGED_ANSWER_REVIEWED,
    SHARE_LINK_CREATED,
    /** Someone opened a report through a share link (no actor: the reader has no account). */
    SHARE_LINK_OPENED,
    SHARE_LINK_REVOKED,
    /** A candidate made their profile visible at /p/{handle} (details: handle). */
    PROFILE_MADE_PUBLIC,
    PROFILE_MADE_PRIVATE,
    /** A profile photo was uploaded or replaced (details: size and format stored). */
    PROFILE_PHOTO_CHANGED,
    PROFILE_PHOTO_REMOVED,
    /** A candidate asked for a résumé, which sends their profile to the configured model (details: target role). */
    RESUME_REQUESTED,
    RESUME_EDITED,
    RESUME_DELETED
}
