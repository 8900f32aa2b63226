package com.mockmate.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import com.mockmate.support.TestAccounts.Account;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AssessmentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogApi catalog;
    private TestAccounts accounts;
    private String instructor;
    private List<UUID> questions;

    @BeforeEach
    void instructor_prepares_three_questions() {
        api = new ApiClient(port);
        catalog = new CatalogApi(api);
        accounts = new TestAccounts(api);
        instructor = accounts.instructor("ines.instructor").token();
        var topic = catalog.topic(instructor, "Kotlin");
        questions = List.of(
                catalog.question(instructor, topic, "What is a coroutine?", "EASY"),
                catalog.question(instructor, topic, "What is a flow?", "MEDIUM"),
                catalog.question(instructor, topic, "What is a sealed class?", "HARD"));
    }

    @Test
    void creates_a_draft_with_the_questions_in_the_given_order() {
        var response = api.post(
                "/api/v1/tests",
                Map.of("title", "Kotlin basics", "timeLimitMinutes", 20, "questionIds", questions.reversed()),
                instructor);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var test = response.json();
        assertThat(test.get("status").asString()).isEqualTo("DRAFT");
        assertThat(response.header("Location"))
                .endsWith("/api/v1/tests/" + test.get("id").asString());
        assertThat(test.get("questions").valueStream().map(q -> q.get("id").asString()))
                .containsExactlyElementsOf(
                        questions.reversed().stream().map(UUID::toString).toList());
        assertThat(test.get("questions")
                        .valueStream()
                        .map(q -> q.get("position").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(api.get("/api/v1/tests/" + test.get("id").asString(), instructor)
                        .header("ETag"))
                .isEqualTo(response.header("ETag"));
    }

    @Test
    void rejects_question_ids_and_rules_together() {
        var response = api.post(
                "/api/v1/tests",
                Map.of(
                        "title",
                        "Mixed",
                        "questionIds",
                        questions,
                        "rules",
                        List.of(Map.of("topicId", javaTopic(), "count", 1))),
                instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejects_a_test_without_questions_or_rules() {
        assertThat(api.post("/api/v1/tests", Map.of("title", "Empty"), instructor)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void rejects_an_unknown_question_id() {
        var unknown = UUID.randomUUID();

        var response = api.post(
                "/api/v1/tests",
                Map.of("title", "Ghost", "questionIds", List.of(questions.get(0), unknown)),
                instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains(unknown.toString());
    }

    @Test
    void rejects_a_question_listed_twice() {
        var twice = List.of(questions.get(0), questions.get(0));

        assertThat(api.post("/api/v1/tests", Map.of("title", "Echo", "questionIds", twice), instructor)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void rejects_a_draw_rule_that_asks_for_more_questions_than_the_topic_has() {
        var rule = Map.of("topicId", javaTopic(), "difficulty", "EASY", "count", 3);

        var response = api.post("/api/v1/tests", Map.of("title", "Greedy", "rules", List.of(rule)), instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("only 2");
        assertThat(jdbc.queryForObject("select count(*) from assessments where title = 'Greedy'", Long.class))
                .isZero();
    }

    @Test
    void rejects_an_unknown_sort_property() {
        var response = api.get("/api/v1/tests?sort=secret", instructor);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deleting_a_test_that_an_interview_used_archives_it() {
        var test = catalog.publishedTest(instructor, "Kotlin basics", questions);
        var candidate = accounts.candidate("carla.candidate");
        jdbc.update(
                "insert into interview_sessions (id, user_id, assessment_id, status, llm_provider, started_at,"
                        + " questions, profile_summary) values (?, ?, ?, 'IN_PROGRESS', 'offline', now(),"
                        + " '{\"title\": \"\", \"questions\": []}', 'A candidate')",
                UUID.randomUUID(),
                candidate.id(),
                test);

        var response = api.delete("/api/v1/tests/" + test, instructor);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asString()).isEqualTo("ARCHIVED");
        assertThat(api.get("/api/v1/tests/" + test, instructor)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ARCHIVED");
        assertThat(api.get("/api/v1/tests/" + test, candidate.token()).status()).isEqualTo(404);
        assertThat(auditActions(test)).contains("ASSESSMENT_ARCHIVED").doesNotContain("ASSESSMENT_DELETED");
    }

    @Test
    void deletes_a_test_that_no_interview_used() {
        var test = catalog.publishedTest(instructor, "Kotlin basics", questions);

        assertThat(api.delete("/api/v1/tests/" + test, instructor).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/tests/" + test, instructor).status()).isEqualTo(404);
        assertThat(auditActions(test)).contains("ASSESSMENT_DELETED");
    }

    @Test
    void refuses_to_change_the_questions_of_a_test_that_an_interview_used() {
        var test = catalog.publishedTest(instructor, "Kotlin basics", questions);
        jdbc.update(
                "insert into interview_sessions (id, user_id, assessment_id, status, llm_provider, started_at,"
                        + " questions, profile_summary) values (?, ?, ?, 'IN_PROGRESS', 'offline', now(),"
                        + " '{\"title\": \"\", \"questions\": []}', 'A candidate')",
                UUID.randomUUID(),
                accounts.candidate("carla.candidate").id(),
                test);
        var version = api.get("/api/v1/tests/" + test, instructor)
                .json()
                .get("version")
                .asLong();

        var response = api.put(
                "/api/v1/tests/" + test,
                Map.of("title", "Kotlin basics", "questionIds", questions.subList(0, 1), "version", version),
                instructor);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/tests/" + test, instructor)
                        .json()
                        .get("questions")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void audits_creating_updating_publishing_and_archiving_a_test() {
        Account admin = accounts.admin();
        var test = catalog.test(instructor, "Kotlin basics", questions);
        var version = api.get("/api/v1/tests/" + test, instructor)
                .json()
                .get("version")
                .asLong();
        assertThat(api.put(
                                "/api/v1/tests/" + test,
                                Map.of("title", "Kotlin essentials", "version", version),
                                instructor)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/tests/" + test + "/publish", null, instructor)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/tests/" + test + "/archive", null, admin.token())
                        .status())
                .isEqualTo(200);

        assertThat(auditActions(test))
                .containsExactlyInAnyOrder(
                        "ASSESSMENT_CREATED", "ASSESSMENT_UPDATED", "ASSESSMENT_PUBLISHED", "ASSESSMENT_ARCHIVED");
        assertThat(jdbc.queryForObject(
                        "select actor_id from audit_logs where action = 'ASSESSMENT_ARCHIVED' and target_id = ?",
                        UUID.class,
                        test.toString()))
                .isEqualTo(admin.id());
    }

    private UUID javaTopic() {
        return jdbc.queryForObject("select id from topics where name = 'Java'", UUID.class);
    }

    private List<String> auditActions(UUID target) {
        return jdbc.queryForList("select action from audit_logs where target_id = ?", String.class, target.toString());
    }
}
