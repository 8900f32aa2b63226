package com.mockmate.llm.openai;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cuts the reply's JSON Schema down to the subset that strict structured outputs accept everywhere (OpenAI, vLLM,
 * llama.cpp's grammar, OpenRouter's routes): structure, types, enums and {@code additionalProperties: false}, without
 * {@code $schema}, {@code $id} and the length and item-count limits that strict mode refuses or ignores. Our validator
 * still enforces the full schema on the reply, and a reply over a limit gets a repair request. Strict mode also wants
 * every property listed as required, so an optional one (a dimension's {@code evidence}) becomes required here: the
 * model then sends an empty list where it has nothing to quote, which our schema allows.
 */
final class OpenAiSchema {

    private static final Set<String> COPIED = Set.of("type", "enum", "additionalProperties", "description", "title");

    private OpenAiSchema() {}

    static ObjectNode from(JsonNode schema) {
        var out = JsonNodeFactory.instance.objectNode();
        for (var entry : schema.properties()) {
            var key = entry.getKey();
            var value = entry.getValue();
            switch (key) {
                case "items" -> out.set("items", from(value));
                case "properties" -> {
                    var properties = out.putObject("properties");
                    var required = out.putArray("required");
                    for (var property : value.properties()) {
                        properties.set(property.getKey(), from(property.getValue()));
                        required.add(property.getKey());
                    }
                }
                default -> {
                    if (COPIED.contains(key)) {
                        out.set(key, value.deepCopy());
                    }
                }
            }
        }
        return out;
    }
}
