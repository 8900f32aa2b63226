package com.mockmate.base.error;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The version an editor last saw, from an {@code If-Match} ETag or a {@code version} body field. A mismatch means
 * somebody else saved in between: 412 for If-Match (as HTTP defines it), 409 for the body field.
 */
public record ExpectedVersion(long value, boolean fromIfMatch) {

    /** Reads If-Match (e.g. {@code "3"} or {@code W/"3"}) first, then the body field; one of them is required. */
    public static ExpectedVersion of(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            var digits = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return new ExpectedVersion(Long.parseLong(digits), true);
            } catch (NumberFormatException e) {
                throw new BadRequestException("If-Match must be the ETag returned by GET, e.g. \"3\".");
            }
        }
        if (bodyVersion != null) {
            return new ExpectedVersion(bodyVersion, false);
        }
        throw new PreconditionFailedException(
                HttpStatus.PRECONDITION_REQUIRED,
                "Send the version you edited, as an If-Match header or a 'version' field, so that nobody's changes"
                        + " are overwritten.");
    }

    /** Accepts any version: for callers that hold the entity they just read, such as the Vaadin editors. */
    public static ExpectedVersion current(long version) {
        return new ExpectedVersion(version, false);
    }

    public void check(long actual, String what) {
        if (actual == value) {
            return;
        }
        var detail = what + " was changed by someone else (now version " + actual + ", you edited version " + value
                + "). Reload it and apply your changes again.";
        if (fromIfMatch) {
            throw new PreconditionFailedException(HttpStatus.PRECONDITION_FAILED, detail);
        }
        throw new ConflictException(detail);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
