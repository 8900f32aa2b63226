package com.mockmate.llm;

import com.mockmate.scoring.ScoreCard;
import org.jspecify.annotations.Nullable;

/**
 * One simulated candidate's answer to one question as the evaluator graded it; {@code reply} and {@code score} are null
 * when the model never gave a valid reply, and {@code failure} then says why.
 */
record GradedAnswer(
        ScriptedQuestion question,
        ScriptedCandidate candidate,
        String answer,
        @Nullable InterviewerReply reply,
        @Nullable ScoreCard score,
        @Nullable String failure) {

    boolean graded() {
        return score != null;
    }

    double total() {
        if (score == null) {
            throw new IllegalStateException("Not graded: " + failure);
        }
        return score.total().doubleValue();
    }

    InterviewerReply evaluated() {
        if (reply == null) {
            throw new IllegalStateException("Not graded: " + failure);
        }
        return reply;
    }
}
