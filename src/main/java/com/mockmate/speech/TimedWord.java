package com.mockmate.speech;

/** One recognised word and when it was spoken, in seconds from the start of the recording. */
public record TimedWord(String text, double startSeconds, double endSeconds) {

    public TimedWord {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("A word cannot end before it starts");
        }
    }
}
