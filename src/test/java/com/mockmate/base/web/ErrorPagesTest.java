package com.mockmate.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.IntegrationTest;
import com.mockmate.support.WebClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every HTML error is MockMate's own page: neither Tomcat's report (with its version) nor Spring's whitelabel page, and
 * never an exception message or stack trace. The API keeps answering problem+json.
 */
@IntegrationTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void a_url_tomcat_refuses_before_the_application_gets_mockmates_page() {
        var web = new WebClient(port);

        assertOwnPage(web.get("/reports/a%2Fb"), 400, "Bad request");
        assertOwnPage(web.get("/x%00y"), 400, "Bad request");
    }

    @Test
    void an_unknown_address_while_signed_in_is_mockmates_page_not_an_expired_login() {
        var web = new WebClient(port);
        web.logIn("admin", "Test-Root-Secret-99");

        assertOwnPage(web.get("/no-such-page"), 403, "No access");
        assertOwnPage(web.get("/VAADIN/no-such-file.js"), 404, "Page not found");
    }

    @Test
    void a_refused_post_without_csrf_token_is_mockmates_page() {
        var web = new WebClient(port);
        web.logIn("admin", "Test-Root-Secret-99");

        var response = web.send(web.request("/assessments").PUT(HttpRequest.BodyPublishers.ofString("x")));

        assertOwnPage(response, 403, "No access");
    }

    @Test
    void a_method_the_server_does_not_allow_is_mockmates_page() {
        var web = new WebClient(port);

        assertOwnPage(
                web.send(web.request("/login").method("TRACE", HttpRequest.BodyPublishers.noBody())),
                405,
                "Not allowed");
    }

    @Test
    void the_error_page_itself_shows_a_server_error_without_details() {
        assertOwnPage(new WebClient(port).get("/error"), 500, "Something went wrong");
    }

    @Test
    void api_errors_stay_problem_json() {
        var response = new WebClient(port).get("/api/v1/a%2Fb");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static void assertOwnPage(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .as("page of %s", response.uri())
                .contains("MockMate", "Error " + status, "Go to MockMate")
                .contains("<h1>" + title + "</h1>")
                .doesNotContain("Apache Tomcat", "Whitelabel", "HTTP Status", "Exception", "at org.", "at com.");
    }
}
