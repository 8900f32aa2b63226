package com.mockmate.speech;

/**
 * Text-to-speech on the server. The default TTS provider is the browser's own speechSynthesis, which needs no
 * implementation here; this interface covers the providers whose audio the server makes and caches.
 */
public interface SpeechSynthesizer {

    String provider();

    /** The voice the audio is made with; part of the cache key, so changing the voice never serves stale audio. */
    String voice();

    SynthesizedSpeech synthesize(String text);
}
