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
