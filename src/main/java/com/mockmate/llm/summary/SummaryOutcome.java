package com.mockmate.llm.summary;

/** What asking the model for a session summary produced: a validated summary, or a readable reason and none. */
public sealed interface SummaryOutcome {

    /** Every model call made, transport retries and repair requests included. */
    int calls();

    record Written(SummaryReply reply, int calls) implements SummaryOutcome {}

    record Failed(String reason, int calls) implements SummaryOutcome {}
}
