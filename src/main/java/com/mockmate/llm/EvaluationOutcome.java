package com.mockmate.llm;

/**
 * What evaluating one turn produced: a validated reply, or a readable reason and no score. {@code attempts} counts the
 * model calls made for the turn, transport retries and repair requests included.
 */
public sealed interface EvaluationOutcome {

    String provider();

    String model();

    int attempts();

    record Evaluated(InterviewerReply reply, String provider, String model, int attempts)
            implements EvaluationOutcome {}

    record Failed(String reason, String provider, String model, int attempts) implements EvaluationOutcome {}
}
