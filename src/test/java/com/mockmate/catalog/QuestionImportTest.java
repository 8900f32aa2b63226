package com.mockmate.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mockmate.support.ApiClient;
import com.mockmate.support.ApiClient.Response;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class QuestionImportTest {

    static final String HEADER = "text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds\n";
    static final String TRICKY_CSV = HEADER
            + "\"What is the difference between a list, a set and a map?\",EASY,"
            + "\"keeps order|no duplicates|key, value pairs\","
            + "\"A list keeps order.\nA set has no \"\"duplicates\"\".\nA map holds pairs.\",Collections|basics,90\n"
            + "What does volatile guarantee?,HARD,visibility|no atomicity,,,\n";

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
    void rejects_the_whole_file_with_a_per_row_report_when_any_row_is_bad() {
        var before = questionCount();
        var csv = HEADER + "What is a coroutine?,EASY,,,,\nWhat is a flow?,EXPERT,,,,\n,MEDIUM,,,,60\n";

        var response = importCsv(csv, false);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("rows").asInt()).isEqualTo(3);
        assertThat(problem.get("valid").asInt()).isEqualTo(1);
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(e -> tuple(e.get("row").asInt(), e.get("field").asString())))
                .containsExactly(tuple(2, "difficulty"), tuple(3, "text"));
        assertThat(questionCount()).isEqualTo(before);
    }

    @Test
    void dry_run_reports_the_rows_and_saves_nothing() {
        var before = questionCount();

        var response = importCsv(TRICKY_CSV, true);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("valid").asInt()).isEqualTo(2);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("errors").isEmpty()).isTrue();
        assertThat(report.get("questions").size()).isEqualTo(2);
        assertThat(questionCount()).isEqualTo(before);
    }

    @Test
    void imports_quoted_fields_with_commas_quotes_and_line_breaks() {
        var response = importCsv(TRICKY_CSV, false);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(2);
        var first = questions(topic).get(1);
        assertThat(first.get("text").asString()).isEqualTo("What is the difference between a list, a set and a map?");
        assertThat(strings(first.get("keyPoints"))).containsExactly("keeps order", "no duplicates", "key, value pairs");
        assertThat(first.get("referenceAnswer").asString())
                .isEqualTo("A list keeps order.\nA set has no \"duplicates\".\nA map holds pairs.");
        assertThat(strings(first.get("tags"))).containsExactly("collections", "basics");
        assertThat(first.get("timeLimitSeconds").asInt()).isEqualTo(90);
        var second = questions(topic).get(0);
        assertThat(second.get("difficulty").asString()).isEqualTo("HARD");
        assertThat(second.get("referenceAnswer").isNull()).isTrue();
    }

    @Test
    void imports_a_json_array() {
        var json = """
                [{"text": "What is a coroutine?", "difficulty": "easy", "keyPoints": ["suspends", "cheap"], "tags": ["async"]},
                 {"text": "What is a flow?", "difficulty": "MEDIUM", "referenceAnswer": "A cold stream.", "timeLimitSeconds": 120}]""";

        var response = catalog.postRaw(importPath(topic, false), "application/json", json, instructor);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(questions(topic).stream()
                        .map(q -> tuple(
                                q.get("text").asString(), q.get("difficulty").asString())))
                .containsExactly(tuple("What is a coroutine?", "EASY"), tuple("What is a flow?", "MEDIUM"));
    }

    @Test
    void imports_an_uploaded_csv_file() {
        var response = catalog.upload(importPath(topic, false), "questions.csv", "text/csv", TRICKY_CSV, instructor);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("imported").asInt()).isEqualTo(2);
        assertThat(questions(topic)).hasSize(2);
    }

    @Test
    void reports_questions_repeated_in_the_file_or_already_in_the_topic() {
        catalog.question(instructor, topic, "What is a coroutine?", "EASY");
        var before = questionCount();
        var csv = HEADER + "WHAT IS A COROUTINE?,EASY,,,,\nWhat is a flow?,EASY,,,,\nwhat is a flow?,HARD,,,,\n";

        var response = importCsv(csv, false);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> tuple(e.get("row").asInt(), e.get("field").asString())))
                .containsExactly(tuple(1, "text"), tuple(3, "text"));
        assertThat(questionCount()).isEqualTo(before);
    }

    @Test
    void audits_an_import_on_the_topic() {
        assertThat(importCsv(TRICKY_CSV, false).status()).isEqualTo(200);

        var details = jdbc.queryForList(
                "select details->>'count' from audit_logs where action = 'QUESTIONS_IMPORTED' and target_id = ?",
                String.class,
                topic.toString());
        assertThat(details).containsExactly("2");
    }

    @Test
    void exported_csv_reimports_into_another_topic_as_the_same_questions() {
        assertThat(importCsv(TRICKY_CSV, false).status()).isEqualTo(200);
        catalog.question(instructor, topic, "Why \"sealed\", not abstract?", "MEDIUM");

        var export = api.get("/api/v1/topics/" + topic + "/questions:export", instructor);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        var copy = catalog.topic(instructor, "Kotlin copy");
        var reimport = catalog.postRaw(importPath(copy, false), "text/csv", export.body(), instructor);

        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(portable(questions(copy)))
                .isEqualTo(portable(questions(topic)))
                .hasSize(3);
    }

    @Test
    void exported_json_reimports_into_another_topic_as_the_same_questions() {
        assertThat(importCsv(TRICKY_CSV, false).status()).isEqualTo(200);

        var export = api.get("/api/v1/topics/" + topic + "/questions:export?format=json", instructor);
        assertThat(export.contentType()).startsWith("application/json");
        var copy = catalog.topic(instructor, "Kotlin copy");
        var reimport = catalog.postRaw(importPath(copy, false), "application/json", export.body(), instructor);

        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(portable(questions(copy)))
                .isEqualTo(portable(questions(topic)))
                .hasSize(2);
    }

    private Response importCsv(String csv, boolean dryRun) {
        return catalog.postRaw(importPath(topic, dryRun), "text/csv", csv, instructor);
    }

    private List<JsonNode> questions(UUID topicId) {
        var page = api.get("/api/v1/topics/" + topicId + "/questions?size=100&sort=text", instructor);
        return page.json().get("content").valueStream().toList();
    }

    /** What an export carries, in text order (an import gives its questions one creation time): everything but ids, owners, versions and timestamps. */
    private static List<List<String>> portable(List<JsonNode> questions) {
        return questions.stream()
                .map(q ->
                        List.of("text", "difficulty", "keyPoints", "referenceAnswer", "tags", "timeLimitSeconds")
                                .stream()
                                .map(field -> q.get(field).toString())
                                .toList())
                .toList();
    }

    private long questionCount() {
        return jdbc.queryForObject("select count(*) from questions", Long.class);
    }

    private static String importPath(UUID topicId, boolean dryRun) {
        return "/api/v1/topics/" + topicId + "/questions:import" + (dryRun ? "?dryRun=true" : "");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
