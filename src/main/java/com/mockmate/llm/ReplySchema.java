package com.mockmate.llm;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema every interviewer reply must match; providers that support constrained output receive it too. */
public final class ReplySchema {

    public static final String RESOURCE = "prompts/interviewer-reply.schema.json";

    private ReplySchema() {}

    public static JsonNode load(JsonMapper mapper) {
        return PromptFiles.json(RESOURCE, mapper);
    }
}
