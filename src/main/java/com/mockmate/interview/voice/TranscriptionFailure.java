package com.mockmate.interview.voice;

/**
 * What the candidate reads when a spoken answer could not be transcribed. Each says what to do next and nothing about
 * the server (no tool output, file names or provider errors: those go to the log).
 */
public final class TranscriptionFailure {

    public static final String SILENT =
            "We could not hear anything in this recording. Check that the right microphone is selected and not muted,"
                    + " then try again.";
    public static final String NOTHING_RECOGNISED =
            "No speech was recognised in this recording. Speak a little closer to the microphone, or type your answer.";
    public static final String UNREADABLE = "We could not read this recording. Please record your answer again.";
    public static final String RECORDING_GONE =
            "The recording of this answer is no longer available. Please record your answer again.";
    public static final String SPEECH_BUSY =
            "Speech recognition did not answer in time. Press \"Try again\" in a moment, or type your answer.";
    public static final String SPEECH_UNAVAILABLE = "Speech recognition is not working on the server at the moment."
            + " Press \"Try again\" later, or type your answer.";

    private TranscriptionFailure() {}

    public static String tooLong(double seconds, long maxSeconds) {
        return "This recording is too long: %.0f seconds, and an answer can last at most %d seconds. Record a shorter"
                        .formatted(seconds, maxSeconds)
                + " answer.";
    }

    public static String tooLong(long maxSeconds) {
        return "This recording is too long: an answer can last at most %d seconds. Record a shorter answer."
                .formatted(maxSeconds);
    }
}
