package com.mockmate.llm.resume;

import tools.jackson.databind.JsonNode;

/** What asking the model for a résumé produced: content that passed the schema and the caller's fact check, or why not. */
public sealed interface ResumeOutcome {

    /** Every model call made, transport retries and repair requests included. */
    int calls();

    /** @param content the reply, matching {@link ResumeSchema#forModel} and without contact data */
    record Written(JsonNode content, int calls) implements ResumeOutcome {}

    record Failed(String reason, int calls) implements ResumeOutcome {}
}
