package com.mockmate.security;

import static com.mockmate.support.Problems.assertNoStackTrace;
import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiErrorsTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = Accounts.login(api, Accounts.register(api, "jane.doe")).accessToken();
    }

    private static void assertNotHtmlNorRedirect(ApiClient.Response response) {
        assertThat(response.status() / 100).as("status class").isNotEqualTo(3);
        assertThat(response.header("Location")).isNull();
        assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("<!doctype");
    }

    @Test
    void an_unknown_api_path_with_a_valid_token_is_a_404_problem() {
        var response = api.get("/api/v1/nope", token);

        assertNotHtmlNorRedirect(response);
        assertProblem(response, 404);
        assertProblem(api.post("/api/v1/nope/deeper", "{}", token), 404);
    }

    @Test
    void an_unknown_api_path_without_a_token_is_a_401_problem() {
        var response = api.get("/api/v1/nope", null);

        assertNotHtmlNorRedirect(response);
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void a_malformed_json_body_is_a_400_problem() {
        var login = api.post("/api/v1/auth/login", "{\"username\": \"jane.doe\", \"password\": ", null);
        var patch = api.patch("/api/v1/users/me", "{not json", token);

        assertProblem(login, 400);
        assertProblem(patch, 400);
        assertThat(login.body()).doesNotContain("tools.jackson").doesNotContain("line:");
    }

    @Test
    void a_wrong_http_method_is_a_405_problem() {
        var response = api.delete("/api/v1/users/me", token);

        assertNotHtmlNorRedirect(response);
        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("GET").contains("PATCH").doesNotContain("DELETE");
    }

    @Test
    void an_unsupported_content_type_is_a_415_problem() {
        var response = api.send(api.request("/api/v1/auth/login", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("username=jane.doe")));

        assertProblem(response, 415);
    }

    @Test
    void a_path_parameter_that_is_not_a_uuid_is_a_400_problem() {
        var admin = Accounts.adminToken(api);

        var response = api.put("/api/v1/users/not-a-uuid/role", Map.of("role", "USER"), admin);

        assertProblem(response, 400);
    }

    @Test
    void an_out_of_range_query_parameter_is_a_400_problem() {
        var admin = Accounts.adminToken(api);

        var response = api.get("/api/v1/users?size=1000", admin);

        assertProblem(response, 400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api//v1/users/me",
                "//api/v1/users/me",
                "/api/v1/users/me;x=1",
                "/api/v1/topics/../users/me",
                "/api/v1/topics/%25"
            })
    void a_path_the_firewall_rejects_is_a_400_problem_not_a_redirect(String path) {
        for (var bearer : new String[] {null, token}) {
            var response = api.get(path, bearer);

            assertNotHtmlNorRedirect(response);
            assertProblem(response, 400);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/v1/topics/%2F", "/api/v1/topics/a%00b", "/api/v1/topics/%C3%28", "/api/v1/topics/%5C"})
    void a_path_tomcat_refuses_is_a_400_problem_not_its_html_page(String path) {
        var response = api.get(path, token);

        assertNotHtmlNorRedirect(response);
        assertProblem(response, 400);
    }

    @Test
    void headers_too_large_for_tomcat_are_a_400_problem() {
        var response = api.send(api.request("/api/v1/users/me", token)
                .header("X-Padding", "x".repeat(10_000))
                .GET());

        assertNotHtmlNorRedirect(response);
        assertProblem(response, 400);
    }

    @Test
    void trace_is_a_405_problem_and_a_method_the_firewall_refuses_a_400_problem() {
        var trace =
                api.send(api.request("/api/v1/users/me", token).method("TRACE", HttpRequest.BodyPublishers.noBody()));
        var propfind = api.send(
                api.request("/api/v1/users/me", token).method("PROPFIND", HttpRequest.BodyPublishers.noBody()));

        assertNotHtmlNorRedirect(trace);
        assertProblem(trace, 405);
        assertNotHtmlNorRedirect(propfind);
        assertProblem(propfind, 400);
    }

    @Test
    void outside_the_api_the_firewall_keeps_answering_as_the_ui_does() {
        var response = api.get("/login;x=1", null);

        assertThat(String.valueOf(response.contentType())).doesNotStartWith("application/problem+json");
    }

    @Test
    void a_wildcard_content_type_is_a_415_problem() {
        var response = api.send(api.request("/api/v1/auth/login", null)
                .header("Content-Type", "*/*")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"jane.doe\", \"password\": \"x\"}")));

        assertProblem(response, 415);
    }

    @Test
    void a_multipart_body_without_its_boundary_is_a_400_problem() {
        var admin = Accounts.adminToken(api);
        var topic = api.get("/api/v1/topics?size=1", admin)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asString();

        var response = api.send(api.request("/api/v1/topics/" + topic + "/questions:import", admin)
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n")));

        assertProblem(response, 400);
    }

    @Test
    void an_accept_header_without_json_is_disregarded_rather_than_a_406_after_the_change() {
        var admin = Accounts.adminToken(api);

        var created = api.send(api.request("/api/v1/topics", admin)
                .header("Content-Type", "application/json")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Accept test\"}")));
        var failed = api.send(api.request("/api/v1/topics/not-a-uuid", admin)
                .header("Accept", "image/png")
                .GET());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        assertProblem(failed, 400);
    }

    @Test
    void no_error_body_carries_a_stack_trace() {
        var responses = List.of(
                api.get("/api/v1/nope", token),
                api.get("/api/v1/users", token),
                api.get("/api/v1/users/me", "broken.token.value"),
                api.post("/api/v1/auth/register", "[]", null),
                api.post("/api/v1/auth/refresh", "{\"refreshToken\": 42", null),
                api.put("/api/v1/users/not-a-uuid/role", "{}", token));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isGreaterThanOrEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertNoStackTrace(response);
        });
    }
}
