package com.mockmate.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.ApiClient.Response;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calls every endpoint a candidate may use, in every variant, and looks for any answer key that exists in the
 * database: neither the key points nor the reference answers, nor fields that would carry them, may appear.
 */
@IntegrationTest
class CandidateSeesNoAnswerKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_response_a_candidate_can_get_contains_an_answer_key() {
        var api = new ApiClient(port);
        var accounts = new TestAccounts(api);
        var instructor = accounts.instructor("ines.instructor").token();
        var catalog = new CatalogApi(api);
        var topic = catalog.topic(instructor, "Kotlin");
        catalog.publishedTest(
                instructor,
                "Kotlin basics",
                List.of(
                        catalog.question(instructor, topic, "What is a coroutine?", "EASY"),
                        catalog.question(instructor, topic, "What is a flow?", "HARD")));
        var candidate = accounts.candidate("carla.candidate").token();

        var responses = candidateResponses(api, candidate);

        var secrets = answerKeys();
        assertThat(secrets).hasSizeGreaterThan(100);
        var staffView = api.get("/api/v1/tests/" + warmUpId(), instructor).body();
        assertThat(secrets).as("the check finds keys where staff see them").anyMatch(staffView::contains);
        var softly = new SoftAssertions();
        for (var response : responses) {
            var uri =
                    response.raw().uri().getPath() + "?" + response.raw().uri().getQuery();
            softly.assertThat(response.status()).as(uri).isEqualTo(200);
            softly.assertThat(response.body()).as(uri).doesNotContain("keyPoints", "referenceAnswer");
            for (var secret : secrets) {
                softly.assertThat(response.body()).as(uri).doesNotContain(secret);
            }
        }
        softly.assertAll();
    }

    private static List<Response> candidateResponses(ApiClient api, String candidate) {
        var responses = new ArrayList<Response>();
        var topics = api.get("/api/v1/topics?size=100", candidate);
        responses.add(topics);
        responses.add(api.get("/api/v1/topics?q=java&sort=name,desc", candidate));
        topics.json()
                .get("content")
                .forEach(t ->
                        responses.add(api.get("/api/v1/topics/" + t.get("id").asString(), candidate)));
        var tests = api.get("/api/v1/tests?size=100", candidate);
        responses.add(tests);
        responses.add(api.get("/api/v1/tests?topic=Kotlin", candidate));
        responses.add(api.get("/api/v1/tests?q=warm", candidate));
        tests.json()
                .get("content")
                .forEach(t ->
                        responses.add(api.get("/api/v1/tests/" + t.get("id").asString(), candidate)));
        assertThat(responses).hasSizeGreaterThanOrEqualTo(11);
        return responses;
    }

    private String warmUpId() {
        return jdbc.queryForObject(
                "select id::text from assessments where title = 'Software Engineer Warm-up'", String.class);
    }

    /** Every key point and reference answer in the bank, in the form JSON would carry it. */
    private List<String> answerKeys() {
        var keys = new ArrayList<>(jdbc.queryForList(
                "select distinct jsonb_array_elements_text(key_points) from questions", String.class));
        keys.addAll(jdbc.queryForList(
                "select reference_answer from questions where reference_answer is not null", String.class));
        return keys.stream().map(CandidateSeesNoAnswerKeyTest::asJsonText).toList();
    }

    private static String asJsonText(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
