package com.mockmate.catalog;

import com.mockmate.support.AccessMatrix;
import com.mockmate.support.ApiClient;
import com.mockmate.support.ApiClient.Response;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what in the question bank: every catalog endpoint, called by a candidate, by the instructor who owns
 * the items, by another instructor and by an admin. The calls run top to bottom against one fixture, deletes last.
 */
@IntegrationTest
class CatalogAccessTest {

    enum Caller {
        USER,
        OWNER,
        OTHER_INSTRUCTOR,
        ADMIN
    }

    private static final String EXPECTED = """
            call                                  USER  OWNER  OTHER  ADMIN
            GET /topics                            200    200    200    200
            GET /topics/{id}                       200    200    200    200
            POST /topics                           403    201    201    201
            PUT /topics/{id}                       403    200    403    200
            GET /topics/{id}/questions             403    200    200    200
            GET /questions/{id}                    403    200    200    200
            POST /topics/{id}/questions            403    201    201    201
            PUT /questions/{id}                    403    200    403    200
            POST /topics/{id}/questions:import     403    200    200    200
            GET /topics/{id}/questions:export      403    200    200    200
            DELETE /questions/{id}                 403    204    403    204
            DELETE /topics/{id}                    403    204    403    204
            """;

    @LocalServerPort
    int port;

    private ApiClient api;
    private TestAccounts accounts;
    private String ownerToken;
    private UUID topic;
    private UUID emptyTopic;
    private UUID question;
    private UUID unusedQuestion;

    @BeforeEach
    void owner_builds_a_small_catalog() {
        api = new ApiClient(port);
        accounts = new TestAccounts(api);
        var catalog = new CatalogApi(api);
        ownerToken = accounts.instructor("olivia.owner").token();
        topic = catalog.topic(ownerToken, "Owner Topic");
        emptyTopic = catalog.topic(ownerToken, "Empty Topic");
        question = catalog.question(ownerToken, topic, "What does the owner ask first?", "EASY");
        unusedQuestion = catalog.question(ownerToken, topic, "What does the owner ask last?", "HARD");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void each_role_gets_the_expected_status_from_every_catalog_endpoint(Caller caller) {
        var token = tokenOf(caller);
        var calls = calls(caller.name().toLowerCase());
        AccessMatrix.assertStatuses(EXPECTED, Caller.values().length, caller.ordinal(), caller.name(), calls, token);
    }

    private Map<String, Function<String, Response>> calls(String caller) {
        var calls = new LinkedHashMap<String, Function<String, Response>>();
        calls.put("GET /topics", t -> api.get("/api/v1/topics", t));
        calls.put("GET /topics/{id}", t -> api.get("/api/v1/topics/" + topic, t));
        calls.put("POST /topics", t -> api.post("/api/v1/topics", Map.of("name", "New by " + caller), t));
        calls.put(
                "PUT /topics/{id}",
                t -> api.put("/api/v1/topics/" + topic, Map.of("name", "Renamed", "version", 0), t));
        calls.put("GET /topics/{id}/questions", t -> api.get("/api/v1/topics/" + topic + "/questions", t));
        calls.put("GET /questions/{id}", t -> api.get("/api/v1/questions/" + question, t));
        var newQuestion = Map.of("text", "Asked by " + caller + "?", "difficulty", "MEDIUM");
        calls.put(
                "POST /topics/{id}/questions", t -> api.post("/api/v1/topics/" + topic + "/questions", newQuestion, t));
        var edit = Map.of("text", "What does the owner ask first, edited?", "difficulty", "EASY", "version", 0);
        calls.put("PUT /questions/{id}", t -> api.put("/api/v1/questions/" + question, edit, t));
        var csv = "text,difficulty\n\"Imported by " + caller + "?\",EASY\n";
        calls.put(
                "POST /topics/{id}/questions:import",
                t -> new CatalogApi(api).postRaw("/api/v1/topics/" + topic + "/questions:import", "text/csv", csv, t));
        calls.put(
                "GET /topics/{id}/questions:export", t -> api.get("/api/v1/topics/" + topic + "/questions:export", t));
        calls.put("DELETE /questions/{id}", t -> api.delete("/api/v1/questions/" + unusedQuestion, t));
        calls.put("DELETE /topics/{id}", t -> api.delete("/api/v1/topics/" + emptyTopic, t));
        return calls;
    }

    private String tokenOf(Caller caller) {
        return switch (caller) {
            case USER -> accounts.candidate("carla.candidate").token();
            case OWNER -> ownerToken;
            case OTHER_INSTRUCTOR -> accounts.instructor("ivan.instructor").token();
            case ADMIN -> accounts.admin().token();
        };
    }
}
