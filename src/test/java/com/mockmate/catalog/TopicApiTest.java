package com.mockmate.catalog;

import static com.mockmate.support.CatalogApi.fieldsWithErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TopicApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogApi catalog;
    private String instructor;

    @BeforeEach
    void sign_in_an_instructor() {
        api = new ApiClient(port);
        catalog = new CatalogApi(api);
        instructor = new TestAccounts(api).instructor("ines.instructor").token();
    }

    @Test
    void rejects_a_blank_topic_name_with_a_field_error() {
        var response = api.post("/api/v1/topics", Map.of("name", "   ", "description", "nothing"), instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fieldsWithErrors(response)).containsExactly("name");
    }

    @Test
    void rejects_a_topic_name_that_exists_in_another_case() {
        var response = api.post("/api/v1/topics", Map.of("name", "  sql & DATABASES "), instructor);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("already exists");
        assertThat(jdbc.queryForObject("select count(*) from topics where lower(name) = 'sql & databases'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void rejects_renaming_a_topic_to_a_name_taken_in_another_case() {
        var topic = catalog.topic(instructor, "Kotlin");

        var response = api.put("/api/v1/topics/" + topic, Map.of("name", "JAVA", "version", 0), instructor);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/topics/" + topic, instructor)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Kotlin");
    }

    @Test
    void creates_a_topic_owned_by_its_author_with_location_and_etag() {
        var response = api.post("/api/v1/topics", Map.of("name", " Kotlin ", "description", "Coroutines"), instructor);

        assertThat(response.status()).isEqualTo(201);
        var id = response.json().get("id").asString();
        assertThat(response.header("Location")).endsWith("/api/v1/topics/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.json().get("name").asString()).isEqualTo("Kotlin");
        assertThat(response.json().get("questionCount").asLong()).isZero();
    }

    @Test
    void refuses_to_delete_a_topic_that_still_has_questions() {
        var topic = catalog.topic(instructor, "Kotlin");
        catalog.question(instructor, topic, "What is a coroutine?", "EASY");

        var response = api.delete("/api/v1/topics/" + topic, instructor);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/topics/" + topic, instructor).status()).isEqualTo(200);
    }

    @Test
    void answers_404_for_an_unknown_topic() {
        assertThat(api.get("/api/v1/topics/" + UUID.randomUUID(), instructor).status())
                .isEqualTo(404);
    }

    @Test
    void searches_sorts_and_pages_topics() {
        var page = api.get("/api/v1/topics?q=DESIGN&sort=name,desc", instructor).json();
        assertThat(page.get("content").valueStream().map(t -> t.get("name").asString()))
                .containsExactly("System Design", "SQL & Databases");

        var sorted = api.get("/api/v1/topics?sort=name,desc&size=2&page=1", instructor)
                .json();
        assertThat(sorted.get("totalElements").asLong()).isEqualTo(4);
        assertThat(sorted.get("content").valueStream().map(t -> t.get("name").asString()))
                .containsExactly("Java", "Behavioural");
    }

    @Test
    void rejects_an_unknown_sort_property() {
        var response = api.get("/api/v1/topics?sort=password,asc", instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void audits_creating_updating_and_deleting_a_topic() {
        var topic = catalog.topic(instructor, "Kotlin");
        assertThat(api.put("/api/v1/topics/" + topic, Map.of("name", "Kotlin 2", "version", 0), instructor)
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/topics/" + topic, instructor).status()).isEqualTo(204);

        assertThat(auditActions(topic)).containsExactlyInAnyOrder("TOPIC_CREATED", "TOPIC_UPDATED", "TOPIC_DELETED");
    }

    private List<String> auditActions(UUID target) {
        return jdbc.queryForList(
                "select action from audit_logs where target_id = ? order by created_at",
                String.class,
                target.toString());
    }
}
