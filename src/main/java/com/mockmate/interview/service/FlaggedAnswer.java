package com.mockmate.interview.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An answer the injection detector flagged, as an instructor reviews it. The flags change nothing about the score (the
 * evaluator ignores instructions in answers either way); they tell instructors whom to talk to.
 *
 * @param flags the detector's rule names, e.g. {@code ignore-previous-instructions}, {@code give-full-marks}
 */
public record FlaggedAnswer(
        UUID turnId,
        UUID sessionId,
        Instant answeredAt,
        String candidate,
        String assessmentTitle,
        int questionPosition,
        String answerText,
        List<String> flags)
        implements Serializable {}
