package com.mockmate.llm.resume;

import com.mockmate.llm.PromptFiles;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The résumé's JSON Schema: in full for a stored or edited résumé, and without basics' contact fields for the model,
 * which must not write them (MockMate fills them in from the account and profile).
 */
public final class ResumeSchema {

    public static final String RESOURCE = "prompts/resume.schema.json";

    /** The fields of {@code basics} that only MockMate and the candidate write. */
    public static final List<String> CONTACT_FIELDS = List.of("name", "email", "url", "location", "profiles");

    private ResumeSchema() {}

    public static JsonNode full(JsonMapper mapper) {
        return PromptFiles.json(RESOURCE, mapper);
    }

    /** The schema the model's reply must match: {@code additionalProperties: false} then rejects contact data. */
    public static JsonNode forModel(JsonMapper mapper) {
        var schema = (ObjectNode) full(mapper);
        var basics = (ObjectNode) schema.path("properties").path("basics");
        ((ObjectNode) basics.path("properties")).remove(CONTACT_FIELDS);
        return schema;
    }
}
