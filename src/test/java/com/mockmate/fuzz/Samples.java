package com.mockmate.fuzz;

import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Valid-looking values for a schema, the starting point every hostile variation changes one thing of. */
final class Samples {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Fixtures fixtures;
    private final Random random;

    Samples(Fixtures fixtures, Random random) {
        this.fixtures = fixtures;
        this.random = random;
    }

    JsonNode of(JsonNode schema, String name) {
        var type = schema.path("type").asString("");
        if (isUuid(schema)) {
            return NODES.stringNode(uuid(name));
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return example(schema.get("example"), type);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> NODES.arrayNode().add(of(schema.path("items"), name));
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.stringNode(text(schema));
        };
    }

    String uuid(String name) {
        return uuid(name, "");
    }

    String uuid(String name, String collection) {
        return fixtures.idFor(name, collection, new UUID(random.nextLong(), random.nextLong()));
    }

    static boolean isUuid(JsonNode schema) {
        return "uuid".equals(schema.path("format").asString(""));
    }

    private JsonNode object(JsonNode schema) {
        var node = NODES.objectNode();
        var properties = schema.path("properties");
        for (var property : properties.propertyNames()) {
            node.set(property, of(properties.get(property), property));
        }
        return node;
    }

    /** springdoc keeps an example written as JSON text in a string; lists and objects need it parsed. */
    private static JsonNode example(JsonNode example, String type) {
        if (example.isString() && (type.equals("array") || type.equals("object"))) {
            try {
                return JSON.readTree(example.asString());
            } catch (RuntimeException notJson) {
                return example;
            }
        }
        return example;
    }

    private static String text(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "date-time" -> "2026-11-24T10:15:30Z";
            case "email" -> "fuzz@example.com";
            case "binary" -> "fuzz";
            default -> "fuzz".repeat(Math.max(1, schema.path("minLength").asInt(1) / 4 + 1));
        };
    }
}
