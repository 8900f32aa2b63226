package com.mockmate.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class HealthAndApiDocsTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void health_tells_an_anonymous_caller_only_the_status() {
        var response = api.get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).contains("json");
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().has("components")).isFalse();
        assertThat(response.json().has("details")).isFalse();
    }

    @Test
    void health_shows_database_and_redis_to_an_admin() {
        var response = api.get("/actuator/health", Accounts.adminToken(api));

        assertThat(response.status()).isEqualTo(200);
        var components = response.json().get("components");
        assertThat(components).as(response.body()).isNotNull();
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("redis").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void health_hides_components_from_a_user() {
        var token = Accounts.login(api, Accounts.register(api, "jane.doe")).accessToken();

        var response = api.get("/actuator/health", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().has("components")).as(response.body()).isFalse();
    }

    @Test
    void api_docs_are_public_json_with_the_bearer_scheme() {
        var response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var scheme = response.json().get("components").get("securitySchemes").get("bearerAuth");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(response.json().get("security").toString()).contains("bearerAuth");
        assertThat(response.json().get("paths").propertyNames())
                .contains("/api/v1/users/me")
                .allSatisfy(path -> assertThat(path).doesNotContain("*"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/refresh", "/api/v1/auth/logout"})
    void api_docs_describe_each_auth_endpoint_with_an_example(String path) {
        var operation = api.get("/v3/api-docs", null).json().get("paths").get(path);
        assertThat(operation).as(path).isNotNull();

        var post = operation.get("post");

        assertThat(post).isNotNull();
        assertThat(post.get("security").isArray())
                .as("public, no bearer needed")
                .isTrue();
        assertThat(post.get("security").isEmpty()).isTrue();
        var media = post.get("requestBody").get("content").get("application/json");
        assertThat(hasExample(media))
                .as("request example of %s: %s", path, media)
                .isTrue();
    }

    private static boolean hasExample(JsonNode media) {
        return media != null
                && ((media.has("example") && !media.get("example").isNull())
                        || (media.has("examples") && !media.get("examples").isEmpty()));
    }
}
