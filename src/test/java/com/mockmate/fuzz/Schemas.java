package com.mockmate.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Resolves {@code $ref}, {@code allOf}, {@code oneOf} and {@code anyOf} in an OpenAPI document, far enough to fuzz. */
final class Schemas {

    private static final int MAX_DEPTH = 8;

    private final JsonNode components;

    Schemas(JsonNode spec) {
        this.components = spec.path("components").path("schemas");
    }

    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH || !schema.isObject()) {
            return schema;
        }
        if (schema.has("$ref")) {
            var name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(components.path(name), depth + 1);
        }
        for (var combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.has(combinator) && !schema.get(combinator).isEmpty()) {
                return resolve(schema.get(combinator).get(0), depth + 1);
            }
        }
        var resolved = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            var properties = resolved.putObject("properties");
            for (var name : schema.get("properties").propertyNames()) {
                properties.set(name, resolve(schema.get("properties").get(name), depth + 1));
            }
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(schema.get("items"), depth + 1));
        }
        return resolved;
    }
}
