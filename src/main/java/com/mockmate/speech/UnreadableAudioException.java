package com.mockmate.speech;

import org.jspecify.annotations.Nullable;

/**
 * The recording is not audio the server can read (corrupt, truncated, or not audio at all). Trying again with the
 * same recording cannot help; the candidate records again.
 */
public class UnreadableAudioException extends SpeechCallException {

    public UnreadableAudioException(String message, @Nullable Throwable cause) {
        super(message, false, cause);
    }
}
