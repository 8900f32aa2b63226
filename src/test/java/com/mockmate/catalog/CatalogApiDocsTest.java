package com.mockmate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The published OpenAPI document describes the catalog and test endpoints, with examples to copy. */
@IntegrationTest
class CatalogApiDocsTest {

    @LocalServerPort
    int port;

    private JsonNode paths;

    @BeforeEach
    void fetch_the_openapi_document() {
        var response = new ApiClient(port).get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        paths = response.json().get("paths");
    }

    @Test
    void lists_every_catalog_and_test_path() {
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/topics",
                        "/api/v1/topics/{id}",
                        "/api/v1/topics/{topicId}/questions",
                        "/api/v1/questions/{id}",
                        "/api/v1/topics/{topicId}/questions:import",
                        "/api/v1/topics/{topicId}/questions:export",
                        "/api/v1/tests",
                        "/api/v1/tests/{id}",
                        "/api/v1/tests/{id}/publish",
                        "/api/v1/tests/{id}/archive");
        assertThat(paths.get("/api/v1/topics/{id}").propertyNames()).contains("get", "put", "delete");
        assertThat(paths.get("/api/v1/tests/{id}").propertyNames()).contains("get", "put", "delete");
    }

    @Test
    void shows_request_examples_for_creating_topics_questions_and_tests() {
        assertThat(requestExamples("/api/v1/topics", "post").toString()).contains("Kotlin");
        assertThat(requestExamples("/api/v1/topics/{topicId}/questions", "post").toString())
                .contains("keyPoints");
        assertThat(requestExamples("/api/v1/tests", "post").propertyNames()).contains("questions", "rules");
        assertThat(paths.at("/~1api~1v1~1topics~1{topicId}~1questions:import/post/requestBody/content/text~1csv")
                        .toString())
                .contains("text,difficulty,keyPoints");
    }

    @Test
    void shows_response_examples_including_the_import_error_report() {
        var importResponses = paths.at("/~1api~1v1~1topics~1{topicId}~1questions:import/post/responses");
        assertThat(importResponses.get("422").toString()).contains("Import rejected", "errors");
        assertThat(paths.at("/~1api~1v1~1tests/get/responses/200").toString()).contains("difficultyMix");
        assertThat(paths.at("/~1api~1v1~1questions~1{id}/delete/responses/200").toString())
                .contains("ARCHIVED");
    }

    private JsonNode requestExamples(String path, String method) {
        var content =
                paths.get(path).get(method).get("requestBody").get("content").get("application/json");
        assertThat(content).as(path).isNotNull();
        return content.has("examples") ? content.get("examples") : content.get("example");
    }
}
