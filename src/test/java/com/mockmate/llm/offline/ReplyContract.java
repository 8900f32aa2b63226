package com.mockmate.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Our own copy of the reply contract (the shared schema file is written elsewhere): the offline evaluator must pass
 * the same validation as the language models, so its replies are checked against these rules in tests.
 */
final class ReplyContract {

    private static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "additionalProperties": false,
              "required": ["interviewer_text", "evaluation"],
              "properties": {
                "interviewer_text": {"type": "string", "minLength": 1, "maxLength": 2000},
                "evaluation": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["technical", "depth", "communication", "grammar", "strengths", "improvements",
                               "next_action"],
                  "properties": {
                    "technical": {"$ref": "#/$defs/dimension"},
                    "depth": {"$ref": "#/$defs/dimension"},
                    "communication": {"$ref": "#/$defs/dimension"},
                    "grammar": {"$ref": "#/$defs/dimension"},
                    "strengths": {"$ref": "#/$defs/items"},
                    "improvements": {"$ref": "#/$defs/items"},
                    "next_action": {"enum": ["follow_up", "next_question", "end"]}
                  }
                }
              },
              "$defs": {
                "dimension": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["rating", "justification"],
                  "properties": {
                    "rating": {"enum": ["excellent", "good", "fair", "poor", "none"]},
                    "justification": {"type": "string", "minLength": 1, "maxLength": 1000},
                    "evidence": {"type": "array", "maxItems": 3,
                                 "items": {"type": "string", "minLength": 1, "maxLength": 300}}
                  }
                },
                "items": {"type": "array", "minItems": 0, "maxItems": 5,
                          "items": {"type": "string", "maxLength": 300}}
              }
            }
            """;

    private static final Schema SCHEMA_VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA, InputFormat.JSON);

    private ReplyContract() {}

    static void assertSatisfiedBy(String replyJson) {
        var errors = SCHEMA_VALIDATOR.validate(replyJson, InputFormat.JSON);
        assertThat(errors).as("schema violations in %s", replyJson).isEmpty();

        JsonNode reply = SeededQuestions.JSON.readTree(replyJson);
        assertThat(reply.propertyNames()).containsExactlyInAnyOrder("interviewer_text", "evaluation");
        var evaluation = reply.get("evaluation");
        assertThat(evaluation.propertyNames())
                .containsExactlyInAnyOrder(
                        "technical", "depth", "communication", "grammar", "strengths", "improvements", "next_action");
        for (String dimension : List.of("technical", "depth", "communication", "grammar")) {
            assertThat(evaluation.get(dimension).propertyNames())
                    .contains("rating", "justification")
                    .isSubsetOf("rating", "justification", "evidence");
            assertThat(Set.of("excellent", "good", "fair", "poor", "none"))
                    .contains(evaluation.get(dimension).get("rating").asString());
        }
    }
}
