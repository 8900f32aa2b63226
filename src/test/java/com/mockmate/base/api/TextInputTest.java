package com.mockmate.base.api;

import static com.mockmate.support.Problems.assertProblem;
import static com.mockmate.support.Problems.detail;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.MultipartBody;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) and bytes that are not UTF-8 are a 400 at the API boundary,
 * wherever they come in: JSON fields, list items, query parameters, raw and uploaded imports. They used to be 500s.
 */
@IntegrationTest
class TextInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String admin;
    String topic;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = Accounts.adminToken(api);
        topic = api.get("/api/v1/topics?q=Java", admin)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void a_nul_in_a_json_field_is_a_400_naming_the_field_and_nothing_is_stored() {
        var topics = count("topics");

        var response = api.post("/api/v1/topics", "{\"name\": \"Null\\u0000Topic\"}", admin);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must not contain NUL characters");
        assertThat(count("topics")).isEqualTo(topics);
    }

    @Test
    void a_nul_in_a_list_item_and_a_lone_surrogate_are_400s_too() {
        var nulItem = api.post(
                "/api/v1/topics/" + topic + "/questions",
                "{\"text\": \"What is a NUL?\", \"difficulty\": \"EASY\", \"keyPoints\": [\"a\\u0000b\"]}",
                admin);
        var surrogate = api.post("/api/v1/topics", "{\"name\": \"Half \\ud800 a character\"}", admin);

        assertProblem(nulItem, 400);
        assertThat(nulItem.json().get("errors").get(0).get("field").asString()).isEqualTo("keyPoints[0]");
        assertProblem(surrogate, 400);
        assertThat(surrogate.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be valid Unicode text");
    }

    @Test
    void a_nul_in_the_full_name_at_registration_is_a_400_not_a_conflict() {
        var response = api.post(
                "/api/v1/auth/register",
                "{\"username\": \"nul.name\", \"password\": \"Quiet-Meadow-Lantern-57\","
                        + " \"email\": \"nul.name@example.com\", \"fullName\": \"Nul\\u0000Name\"}",
                null);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
    }

    @Test
    void a_nul_or_invalid_utf8_in_a_query_parameter_is_a_400() {
        var nul = api.get("/api/v1/topics?q=a%00b", admin);
        var notUtf8 = api.get("/api/v1/topics?q=%C3%28", admin);

        assertProblem(nul, 400);
        assertThat(detail(nul)).isEqualTo("'q' must not contain NUL characters.");
        assertProblem(notUtf8, 400);
    }

    @Test
    void an_import_with_a_nul_or_invalid_utf8_is_a_400_and_an_escaped_nul_a_row_error() {
        var header = "text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds\n";
        var rawNul = importing("text/csv", HttpRequest.BodyPublishers.ofString(header + "\"A\u0000B?\",EASY,,,,\n"));
        var upload = new MultipartBody().file("file", "q.csv", "text/csv", new byte[] {'t', (byte) 0xC3, 0x28});
        var uploaded = api.send(api.request("/api/v1/topics/" + topic + "/questions:import", admin)
                .header("Content-Type", upload.contentType())
                .POST(upload.publisher()));
        var escaped = importing(
                "application/json",
                HttpRequest.BodyPublishers.ofString("[{\"text\": \"A\\u0000B?\", \"difficulty\": \"EASY\"}]"));

        assertProblem(rawNul, 400);
        assertThat(detail(rawNul)).isEqualTo("The request body must not contain NUL characters.");
        assertProblem(uploaded, 400);
        assertThat(detail(uploaded)).isEqualTo("The file must be UTF-8 text.");
        assertProblem(escaped, 422);
        assertThat(escaped.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    private ApiClient.Response importing(String contentType, HttpRequest.BodyPublisher body) {
        return api.send(api.request("/api/v1/topics/" + topic + "/questions:import", admin)
                .header("Content-Type", contentType)
                .POST(body));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
