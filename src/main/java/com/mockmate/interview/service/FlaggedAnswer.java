package com.mockmate.interview.service;

import com.mockmate.interview.evaluation.InjectionFlags;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An answer the injection detector flagged, as an instructor reviews it. The flags change nothing about the score (the
 * evaluator ignores instructions in answers either way); they tell instructors whom to talk to.
 *
 * @param questionText the question as the interviewer asked it (a follow-up's own wording)
 * @param flags the detector's rule names, e.g. {@code ignore-previous-instructions}, {@code give-full-marks}
 * @param interviewerReply what the interviewer said after the answer, null while it is being evaluated
 * @param reviewedAt when a member of staff marked it reviewed, null while it waits for review
 * @param reviewedBy who did, null while unreviewed or when that account was deleted
 */
public record FlaggedAnswer(
        UUID turnId,
        UUID sessionId,
        Instant answeredAt,
        String candidate,
        String assessmentTitle,
        int questionPosition,
        String questionText,
        String answerText,
        List<String> flags,
        @Nullable String interviewerReply,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy)
        implements Serializable {

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** The flags with what each means, in the order stored; not part of the JSON, which keeps the rule names. */
    public List<Flag> describedFlags() {
        return flags.stream()
                .map(rule -> new Flag(rule, InjectionFlags.describe(rule)))
                .toList();
    }

    /** A detector rule that matched, and what it means in words for staff. */
    public record Flag(String rule, String description) implements Serializable {}
}
