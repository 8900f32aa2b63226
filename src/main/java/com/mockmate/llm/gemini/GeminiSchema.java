package com.mockmate.llm.gemini;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the reply's JSON Schema into the OpenAPI subset that Gemini's {@code responseSchema} accepts: upper-case
 * type names, {@code propertyOrdering} from the declared order, and no keys Gemini rejects ({@code $schema},
 * {@code $id}, {@code title}, {@code additionalProperties}). A nullable value, {@code "type": ["string", "null"]} in
 * JSON Schema, becomes {@code "type": "STRING", "nullable": true}. Gemini emits only declared properties anyway; the
 * full schema is still enforced by our validator on the reply.
 */
final class GeminiSchema {

    private static final Set<String> COPIED = Set.of(
            "description",
            "nullable",
            "enum",
            "format",
            "required",
            "minItems",
            "maxItems",
            "minLength",
            "maxLength",
            "minimum",
            "maximum");

    private GeminiSchema() {}

    static ObjectNode from(JsonNode schema) {
        var out = JsonNodeFactory.instance.objectNode();
        for (var entry : schema.properties()) {
            var key = entry.getKey();
            var value = entry.getValue();
            switch (key) {
                case "type" -> type(value, out);
                case "items" -> out.set("items", from(value));
                case "properties" -> {
                    var properties = out.putObject("properties");
                    var ordering = out.putArray("propertyOrdering");
                    for (var property : value.properties()) {
                        properties.set(property.getKey(), from(property.getValue()));
                        ordering.add(property.getKey());
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

    private static void type(JsonNode type, ObjectNode out) {
        if (!type.isArray()) {
            out.put("type", type.stringValue().toUpperCase(Locale.ROOT));
            return;
        }
        for (var name : type) {
            if ("null".equals(name.stringValue())) {
                out.put("nullable", true);
            } else if (!out.has("type")) {
                out.put("type", name.stringValue().toUpperCase(Locale.ROOT));
            }
        }
    }
}
