package com.mockmate.speech;

import com.mockmate.speech.audio.DecodedAudio;

/** Speech-to-text. Implementations are thread-safe and throw {@link SpeechCallException} when they cannot answer. */
public interface SpeechRecognizer {

    /** Short provider name stored with the turn and shown to the candidate. */
    String provider();

    /** True when transcripts are known to be unreliable (offered for review before evaluation). */
    boolean lowAccuracy();

    Transcript transcribe(AudioClip clip);

    /**
     * For a recording the caller has already decoded and checked (length, silence): a recogniser that reads PCM uses
     * the decoded file instead of decoding the recording again; the others send the recording as uploaded.
     */
    default Transcript transcribe(AudioClip clip, DecodedAudio decoded) {
        return transcribe(clip);
    }
}
