package com.mockmate.speech;

import com.mockmate.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The interviewer's voice. With the default "browser" provider the candidate's browser speaks and the server makes no
 * audio; otherwise lines are synthesized once and kept in the blob store, keyed by provider, voice and the text's hash,
 * so a replay, a reload or another candidate hearing the same question costs nothing.
 */
public class SpeechOutput {

    private final Optional<SpeechSynthesizer> synthesizer;
    private final BlobStore blobs;

    SpeechOutput(Optional<SpeechSynthesizer> synthesizer, BlobStore blobs) {
        this.synthesizer = synthesizer;
        this.blobs = blobs;
    }

    /** True when the server makes the audio; false when the browser speaks the captions itself. */
    public boolean serverSide() {
        return synthesizer.isPresent();
    }

    /** "browser", or the provider that makes the audio. */
    public String provider() {
        return synthesizer.map(SpeechSynthesizer::provider).orElse("browser");
    }

    /** The audio for a line, from the cache or made now; empty when the browser speaks. */
    public Optional<SynthesizedSpeech> speak(String text) {
        return synthesizer.map(voice -> cachedOrMade(voice, text.strip()));
    }

    private SynthesizedSpeech cachedOrMade(SpeechSynthesizer voice, String text) {
        var key = cacheKey(voice, text);
        var cached = blobs.get(key);
        if (cached.isPresent()) {
            try (var content = cached.get()) {
                return new SynthesizedSpeech(content.stream().readAllBytes(), content.contentType());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read cached speech " + key, e);
            }
        }
        var made = voice.synthesize(text);
        blobs.put(key, new ByteArrayInputStream(made.audio()), made.audio().length, made.contentType());
        return new SynthesizedSpeech(made.audio(), made.contentType());
    }

    static String cacheKey(SpeechSynthesizer voice, String text) {
        return "speech/" + segment(voice.provider()) + "/" + segment(voice.voice()) + "/" + sha256(text);
    }

    private static String segment(String value) {
        var safe = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
