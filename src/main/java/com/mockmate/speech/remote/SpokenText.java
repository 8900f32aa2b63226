package com.mockmate.speech.remote;

import com.mockmate.speech.SynthesizedSpeech;
import java.util.Locale;

/** What the two speech synthesizers check on the way in and out. */
final class SpokenText {

    private SpokenText() {}

    static String require(String text) {
        var spoken = text.strip();
        if (spoken.isEmpty()) {
            throw new IllegalArgumentException("There is no text to speak");
        }
        return spoken;
    }

    /** MP3 was asked for; a 200 without audio (an empty body, or JSON from a misrouted proxy) is not usable. */
    static SynthesizedSpeech audio(SpeechHttp http, byte[] audio, String contentType) {
        var type = contentType.toLowerCase(Locale.ROOT);
        if (audio.length == 0) {
            throw http.malformed("no audio in the response");
        }
        if (!type.isEmpty() && !type.startsWith("audio/")) {
            throw http.malformed("audio was expected but the response is " + contentType);
        }
        return new SynthesizedSpeech(audio, "audio/mpeg");
    }
}
