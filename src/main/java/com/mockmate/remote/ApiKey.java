package com.mockmate.remote;

import org.jspecify.annotations.Nullable;

/**
 * A provider's API key. It prints as {@code ****} and its last four characters (or {@code (empty)}), so settings,
 * log lines and exception messages that include it never carry the key itself; only {@link #secret()} does, for the
 * one header that needs it.
 */
public record ApiKey(String secret) {

    public static final ApiKey NONE = new ApiKey("");

    private static final int SHOWN = 4;
    private static final int SHOWN_FROM_LENGTH = 12;

    public ApiKey(@Nullable String secret) {
        this.secret = secret == null ? "" : secret.strip();
    }

    /** Binds {@code mockmate.providers.*.api-key}; Spring finds this factory when converting from a string. */
    public static ApiKey of(@Nullable String secret) {
        return new ApiKey(secret);
    }

    public boolean isPresent() {
        return !secret.isEmpty();
    }

    /** OkHttp names the offending value when a header is refused, so a pasted newline would otherwise leak the key. */
    public boolean fitsInAHeader() {
        return secret.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The text with every occurrence of the key replaced, for provider errors that echo it. */
    public String scrub(String text) {
        return isPresent() ? text.replace(secret, "***") : text;
    }

    @Override
    public String toString() {
        if (!isPresent()) {
            return "(empty)";
        }
        return secret.length() < SHOWN_FROM_LENGTH ? "****" : "****" + secret.substring(secret.length() - SHOWN);
    }
}
