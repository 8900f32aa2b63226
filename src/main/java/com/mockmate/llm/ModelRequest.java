package com.mockmate.llm;

import java.util.List;

/**
 * One stateless request: the versioned system prompt and a single user message holding the turn's JSON document.
 * A repair attempt adds one more user message quoting the validation errors of the previous reply.
 */
public record ModelRequest(String systemPrompt, String userDocument, List<String> repairMessages) {

    public ModelRequest {
        repairMessages = List.copyOf(repairMessages);
    }
}
