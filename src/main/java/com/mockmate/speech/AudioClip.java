package com.mockmate.speech;

import java.util.Locale;

/**
 * A recorded answer as uploaded: the bytes and the content type the browser or client declared (for example
 * {@code audio/webm;codecs=opus}).
 */
public record AudioClip(byte[] bytes, String contentType) {

    public AudioClip {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("An audio clip must not be empty");
        }
    }

    /** The content type without parameters, lower case: {@code audio/webm}. */
    public String mediaType() {
        var semicolon = contentType.indexOf(';');
        var base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
