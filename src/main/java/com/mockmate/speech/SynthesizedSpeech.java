package com.mockmate.speech;

/** Audio made from an interviewer line, ready to stream: e.g. {@code audio/mpeg} or {@code audio/wav}. */
public record SynthesizedSpeech(byte[] audio, String contentType) {}
