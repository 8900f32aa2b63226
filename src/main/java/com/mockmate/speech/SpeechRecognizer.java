package com.mockmate.speech;

/** Speech-to-text. Implementations are thread-safe and throw {@link SpeechCallException} when they cannot answer. */
public interface SpeechRecognizer {

    /** Short provider name stored with the turn and shown to the candidate. */
    String provider();

    /** True when transcripts are known to be unreliable (offered for review before evaluation). */
    boolean lowAccuracy();

    Transcript transcribe(AudioClip clip);
}
