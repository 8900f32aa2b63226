package com.mockmate.llm.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.ReplySchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeminiSchemaTest {

    private final JsonNode converted =
            GeminiSchema.from(ReplySchema.load(JsonMapper.builder().build()));

    @Test
    void keeps_structure_enums_and_limits_with_upper_case_types() {
        var evaluation = converted.path("properties").path("evaluation");

        assertThat(converted.path("type").stringValue()).isEqualTo("OBJECT");
        assertThat(converted.path("propertyOrdering").toString()).isEqualTo("[\"interviewer_text\",\"evaluation\"]");
        assertThat(converted
                        .path("properties")
                        .path("interviewer_text")
                        .path("maxLength")
                        .intValue())
                .isEqualTo(2000);
        assertThat(evaluation.path("required")).hasSize(7);
        assertThat(evaluation
                        .path("properties")
                        .path("technical")
                        .path("properties")
                        .path("rating")
                        .path("enum"))
                .hasSize(5);
        assertThat(evaluation.path("properties").path("strengths").path("type").stringValue())
                .isEqualTo("ARRAY");
        assertThat(evaluation
                        .path("properties")
                        .path("strengths")
                        .path("maxItems")
                        .intValue())
                .isEqualTo(5);
        assertThat(evaluation
                        .path("properties")
                        .path("strengths")
                        .path("items")
                        .path("type")
                        .stringValue())
                .isEqualTo("STRING");
    }

    @Test
    void carries_each_dimensions_optional_evidence_with_its_limits() {
        var technical = converted
                .path("properties")
                .path("evaluation")
                .path("properties")
                .path("technical");
        var evidence = technical.path("properties").path("evidence");

        assertThat(technical.path("required").toString()).isEqualTo("[\"rating\",\"justification\"]");
        assertThat(technical.path("propertyOrdering").toString())
                .isEqualTo("[\"rating\",\"justification\",\"evidence\"]");
        assertThat(evidence.path("type").stringValue()).isEqualTo("ARRAY");
        assertThat(evidence.path("maxItems").intValue()).isEqualTo(3);
        assertThat(evidence.path("items").path("maxLength").intValue()).isEqualTo(300);
        assertThat(evidence.path("description").stringValue()).contains("verbatim");
    }

    @Test
    void a_nullable_type_becomes_geminis_nullable_flag() throws Exception {
        var schema = JsonMapper.builder().build().readTree("""
                {"type": "object", "properties": {"end": {"type": ["string", "null"], "maxLength": 10}}}""");

        var end = GeminiSchema.from(schema).path("properties").path("end");

        assertThat(end.path("type").stringValue()).isEqualTo("STRING");
        assertThat(end.path("nullable").booleanValue()).isTrue();
        assertThat(end.path("maxLength").intValue()).isEqualTo(10);
    }

    @Test
    void drops_the_json_schema_keys_gemini_rejects() {
        assertThat(converted.toString()).doesNotContain("additionalProperties", "$schema", "$id", "\"title\"");
    }
}
