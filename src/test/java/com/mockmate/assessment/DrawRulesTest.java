package com.mockmate.assessment;

import static com.mockmate.support.CatalogApi.fieldsWithErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.mockmate.support.ApiClient;
import com.mockmate.support.ApiClient.Response;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Draw rules pick random questions once, at creation; the seeded topics have 2 EASY, 2 MEDIUM and 2 HARD each. */
@IntegrationTest
class DrawRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String instructor;
    private Map<String, String> topicIds;

    @BeforeEach
    void sign_in_an_instructor() {
        api = new ApiClient(port);
        instructor = new TestAccounts(api).instructor("ines.instructor").token();
        topicIds = new HashMap<>();
        jdbc.queryForList("select name, id::text as id from topics")
                .forEach(row -> topicIds.put((String) row.get("name"), (String) row.get("id")));
    }

    @RepeatedTest(3)
    void draws_exactly_the_requested_questions_per_topic_and_difficulty_without_repeats() {
        var response = draw(
                rule("Java", "EASY", 2),
                rule("SQL & Databases", "MEDIUM", 1),
                rule("System Design", null, 4),
                rule("Behavioural", "HARD", 2));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var test = response.json();
        assertThat(test.get("status").asString()).isEqualTo("DRAFT");
        var drawn = test.get("questions").valueStream().toList();
        assertThat(drawn.stream().map(q -> q.get("id").asString()).distinct()).hasSize(9);
        assertThat(countBy(
                        drawn,
                        q -> q.get("topicId").asString() + "/"
                                + q.get("difficulty").asString()))
                .containsAllEntriesOf(Map.of(
                        topicIds.get("Java") + "/EASY", 2L,
                        topicIds.get("SQL & Databases") + "/MEDIUM", 1L,
                        topicIds.get("Behavioural") + "/HARD", 2L));
        assertThat(countBy(drawn, q -> q.get("topicId").asString()))
                .containsOnly(
                        entry(topicIds.get("Java"), 2L),
                        entry(topicIds.get("SQL & Databases"), 1L),
                        entry(topicIds.get("System Design"), 4L),
                        entry(topicIds.get("Behavioural"), 2L));
    }

    @RepeatedTest(3)
    void a_general_and_a_specific_rule_on_one_topic_draw_distinct_questions_in_any_order() {
        var response = draw(rule("Java", null, 4), rule("Java", "EASY", 2));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var drawn = response.json().get("questions").valueStream().toList();
        assertThat(drawn.stream().map(q -> q.get("id").asString()).distinct()).hasSize(6);
        assertThat(drawn.stream().filter(q -> q.get("difficulty").asString().equals("EASY")))
                .hasSize(2);
    }

    @Test
    void draws_only_active_questions() {
        var catalog = new CatalogApi(api);
        var topic = catalog.topic(instructor, "Kotlin");
        var kept = catalog.question(instructor, topic, "What is a coroutine?", "EASY");
        var retired = catalog.question(instructor, topic, "What is a flow?", "EASY");
        catalog.test(instructor, "Keeps the flow question", List.of(retired));
        assertThat(api.delete("/api/v1/questions/" + retired, instructor)
                        .json()
                        .get("outcome")
                        .asString())
                .isEqualTo("ARCHIVED");
        topicIds.put("Kotlin", topic.toString());

        assertThat(draw(rule("Kotlin", "EASY", 2)).status()).isEqualTo(400);
        var drawn = draw(rule("Kotlin", null, 1));
        assertThat(drawn.status()).isEqualTo(201);
        assertThat(drawn.json().get("questions").get(0).get("id").asString()).isEqualTo(kept.toString());
    }

    @Test
    void keeps_the_drawn_questions_when_the_bank_changes_later() {
        var catalog = new CatalogApi(api);
        var topic = catalog.topic(instructor, "Kotlin");
        catalog.question(instructor, topic, "What is a coroutine?", "HARD");
        catalog.question(instructor, topic, "What is a flow?", "HARD");
        topicIds.put("Kotlin", topic.toString());
        var created = draw(rule("Kotlin", "HARD", 2)).json();

        catalog.question(instructor, topic, "What is a channel?", "HARD");
        var later = api.get("/api/v1/tests/" + created.get("id").asString(), instructor)
                .json();

        assertThat(later.get("questions")).isEqualTo(created.get("questions"));
    }

    @Test
    void rejects_a_rule_for_an_unknown_topic() {
        topicIds.put("Ghost", UUID.randomUUID().toString());

        assertThat(draw(rule("Ghost", null, 1)).status()).isEqualTo(400);
    }

    @Test
    void rejects_a_rule_without_a_positive_count_with_a_field_error() {
        var response = draw(rule("Java", null, 0));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fieldsWithErrors(response)).containsExactly("rules[0].count");
    }

    private Response draw(Map<?, ?>... rules) {
        return api.post(
                "/api/v1/tests", Map.of("title", "Drawn " + UUID.randomUUID(), "rules", List.of(rules)), instructor);
    }

    private Map<String, Object> rule(String topic, String difficulty, int count) {
        var rule = new HashMap<String, Object>(Map.of("topicId", topicIds.get(topic), "count", count));
        if (difficulty != null) {
            rule.put("difficulty", difficulty);
        }
        return rule;
    }

    private static Map<String, Long> countBy(List<JsonNode> questions, Function<JsonNode, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
