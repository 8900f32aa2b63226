package com.mockmate.llm;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the stateless request of a turn: the versioned system prompt, and the turn's facts serialised by Jackson into
 * one JSON document, so that whatever the candidate typed can only ever be an escaped JSON string value.
 */
@Component
class PromptBuilder {

    static final String VERSION = "interviewer-v4";
    static final String RESOURCE = "prompts/" + VERSION + ".md";

    private final JsonMapper mapper;
    private final String systemPrompt;

    PromptBuilder(JsonMapper mapper) {
        this.mapper = mapper;
        this.systemPrompt = PromptFiles.text(RESOURCE);
    }

    String systemPrompt() {
        return systemPrompt;
    }

    ModelRequest firstRequest(TurnDocument document) {
        return new ModelRequest(systemPrompt, userDocument(document), List.of());
    }

    String userDocument(TurnDocument document) {
        return mapper.writeValueAsString(document);
    }

    static String repairMessage(List<String> errors) {
        return ModelRequest.repairMessage(errors);
    }
}
