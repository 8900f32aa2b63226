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
import tools.jackson.databind.JsonNode;

@IntegrationTest
class QuestionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogApi catalog;
    private String instructor;
    private UUID topic;

    @BeforeEach
    void instructor_creates_a_topic() {
        api = new ApiClient(port);
        catalog = new CatalogApi(api);
        instructor = new TestAccounts(api).instructor("ines.instructor").token();
        topic = catalog.topic(instructor, "Kotlin");
    }

    @Test
    void rejects_a_question_without_text_with_a_field_error() {
        var response =
                api.post(questionsOf(topic), Map.of("difficulty", "EASY", "keyPoints", List.of("a point")), instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fieldsWithErrors(response)).containsExactly("text");
    }

    @Test
    void rejects_an_unknown_difficulty_with_a_field_error() {
        var response = api.post(
                questionsOf(topic), Map.of("text", "What is a coroutine?", "difficulty", "EXPERT"), instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fieldsWithErrors(response)).containsExactly("difficulty");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("EASY", "MEDIUM", "HARD");
    }

    @Test
    void answers_404_when_the_topic_does_not_exist() {
        var response = api.post(
                questionsOf(UUID.randomUUID()),
                Map.of("text", "What is a coroutine?", "difficulty", "EASY"),
                instructor);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void stores_a_question_with_its_answer_key_for_staff() {
        var response = api.post(
                questionsOf(topic),
                Map.of(
                        "text",
                        "  What is a coroutine?  ",
                        "difficulty",
                        "MEDIUM",
                        "keyPoints",
                        List.of("suspendable computation", "lighter than a thread"),
                        "referenceAnswer",
                        "A coroutine is a suspendable computation.",
                        "tags",
                        List.of("Concurrency", "concurrency"),
                        "timeLimitSeconds",
                        120),
                instructor);

        assertThat(response.status()).isEqualTo(201);
        var question = api.get("/api/v1/questions/" + response.json().get("id").asString(), instructor)
                .json();
        assertThat(question.get("text").asString()).isEqualTo("What is a coroutine?");
        assertThat(strings(question.get("keyPoints")))
                .containsExactly("suspendable computation", "lighter than a thread");
        assertThat(question.get("referenceAnswer").asString()).isEqualTo("A coroutine is a suspendable computation.");
        assertThat(strings(question.get("tags"))).containsExactly("concurrency");
        assertThat(question.get("topicId").asString()).isEqualTo(topic.toString());
    }

    @Test
    void filters_a_topics_questions_by_difficulty_tag_and_text() {
        catalog.question(instructor, topic, "What is a coroutine?", "EASY");
        catalog.question(instructor, topic, "What is a data class?", "HARD");
        api.post(
                questionsOf(topic),
                Map.of("text", "What is a sealed class?", "difficulty", "HARD", "tags", List.of("types")),
                instructor);

        assertThat(texts("?difficulty=HARD")).containsExactly("What is a data class?", "What is a sealed class?");
        assertThat(texts("?tag=types")).containsExactly("What is a sealed class?");
        assertThat(texts("?text=COROUTINE")).containsExactly("What is a coroutine?");
        assertThat(texts("?sort=text,desc&size=1")).containsExactly("What is a sealed class?");
    }

    @Test
    void rejects_an_unknown_sort_property() {
        var response = api.get(questionsOf(topic) + "?sort=nonsense", instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void archives_a_question_that_a_test_uses_instead_of_deleting_it() {
        var used = catalog.question(instructor, topic, "What is a coroutine?", "EASY");
        var test = catalog.test(instructor, "Kotlin basics", List.of(used));

        var response = api.delete("/api/v1/questions/" + used, instructor);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asString()).isEqualTo("ARCHIVED");
        assertThat(texts("")).isEmpty();
        var questions = api.get("/api/v1/tests/" + test, instructor).json().get("questions");
        assertThat(questions.valueStream().map(q -> q.get("id").asString())).containsExactly(used.toString());
        assertThat(questions.get(0).get("archived").asBoolean()).isTrue();
        assertThat(auditActions(used)).containsExactlyInAnyOrder("QUESTION_CREATED", "QUESTION_ARCHIVED");
    }

    @Test
    void deletes_a_question_that_nothing_uses() {
        var unused = catalog.question(instructor, topic, "What is a coroutine?", "EASY");

        assertThat(api.delete("/api/v1/questions/" + unused, instructor).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/questions/" + unused, instructor).status()).isEqualTo(404);
        assertThat(auditActions(unused)).containsExactlyInAnyOrder("QUESTION_CREATED", "QUESTION_DELETED");
    }

    @Test
    void audits_creating_and_updating_a_question() {
        var question = catalog.question(instructor, topic, "What is a coroutine?", "EASY");

        var updated = api.put(
                "/api/v1/questions/" + question,
                Map.of("text", "What is a Kotlin coroutine?", "difficulty", "MEDIUM", "version", 0),
                instructor);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("difficulty").asString()).isEqualTo("MEDIUM");
        assertThat(auditActions(question)).containsExactlyInAnyOrder("QUESTION_CREATED", "QUESTION_UPDATED");
    }

    private List<String> texts(String query) {
        var page = api.get(questionsOf(topic) + query, instructor);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json()
                .get("content")
                .valueStream()
                .map(q -> q.get("text").asString())
                .toList();
    }

    private List<String> auditActions(UUID target) {
        return jdbc.queryForList("select action from audit_logs where target_id = ?", String.class, target.toString());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String questionsOf(UUID topicId) {
        return "/api/v1/topics/" + topicId + "/questions";
    }
}
