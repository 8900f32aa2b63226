package com.mockmate.assessment;

import com.mockmate.support.AccessMatrix;
import com.mockmate.support.ApiClient;
import com.mockmate.support.ApiClient.Response;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what with tests: every /api/v1/tests endpoint, called by a candidate, by the instructor who owns the
 * tests, by another instructor and by an admin. The calls run top to bottom against one fixture.
 */
@IntegrationTest
class AssessmentAccessTest {

    enum Caller {
        USER,
        OWNER,
        OTHER_INSTRUCTOR,
        ADMIN
    }

    private static final String EXPECTED = """
            call                                  USER  OWNER  OTHER  ADMIN
            GET /tests                             200    200    200    200
            GET /tests/{published}                 200    200    200    200
            GET /tests/{draft}                     404    200    200    200
            POST /tests                            403    201    201    201
            PUT /tests/{draft}                     403    200    403    200
            POST /tests/{draft}/publish            403    200    403    200
            POST /tests/{draft}/archive            403    200    403    200
            DELETE /tests/{disposable}             403    204    403    204
            """;

    @LocalServerPort
    int port;

    private ApiClient api;
    private TestAccounts accounts;
    private String ownerToken;
    private List<UUID> questions;
    private UUID draft;
    private UUID published;
    private UUID disposable;
    private long draftVersion;

    @BeforeEach
    void owner_builds_a_draft_a_published_and_a_disposable_test() {
        api = new ApiClient(port);
        accounts = new TestAccounts(api);
        var catalog = new CatalogApi(api);
        ownerToken = accounts.instructor("olivia.owner").token();
        var topic = catalog.topic(ownerToken, "Owner Topic");
        questions = List.of(
                catalog.question(ownerToken, topic, "First owner question?", "EASY"),
                catalog.question(ownerToken, topic, "Second owner question?", "MEDIUM"),
                catalog.question(ownerToken, topic, "Third owner question?", "HARD"));
        draft = catalog.test(ownerToken, "Owner Draft", List.of(questions.get(0)));
        published = catalog.publishedTest(ownerToken, "Owner Published", List.of(questions.get(1)));
        disposable = catalog.test(ownerToken, "Owner Disposable", List.of(questions.get(2)));
        draftVersion = api.get("/api/v1/tests/" + draft, ownerToken)
                .json()
                .get("version")
                .asLong();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void each_role_gets_the_expected_status_from_every_test_endpoint(Caller caller) {
        var token = tokenOf(caller);
        var calls = calls(caller.name().toLowerCase());
        AccessMatrix.assertStatuses(EXPECTED, Caller.values().length, caller.ordinal(), caller.name(), calls, token);
    }

    private Map<String, Function<String, Response>> calls(String caller) {
        var calls = new LinkedHashMap<String, Function<String, Response>>();
        calls.put("GET /tests", t -> api.get("/api/v1/tests", t));
        calls.put("GET /tests/{published}", t -> api.get("/api/v1/tests/" + published, t));
        calls.put("GET /tests/{draft}", t -> api.get("/api/v1/tests/" + draft, t));
        var newTest = Map.of("title", "Created by " + caller, "questionIds", List.of(questions.get(0)));
        calls.put("POST /tests", t -> api.post("/api/v1/tests", newTest, t));
        var edit = Map.of("title", "Owner Draft, edited", "questionIds", questions, "version", draftVersion);
        calls.put("PUT /tests/{draft}", t -> api.put("/api/v1/tests/" + draft, edit, t));
        calls.put("POST /tests/{draft}/publish", t -> api.post("/api/v1/tests/" + draft + "/publish", null, t));
        calls.put("POST /tests/{draft}/archive", t -> api.post("/api/v1/tests/" + draft + "/archive", null, t));
        calls.put("DELETE /tests/{disposable}", t -> api.delete("/api/v1/tests/" + disposable, t));
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
