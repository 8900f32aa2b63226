package com.mockmate.base.api;

import static com.mockmate.support.Problems.assertProblem;
import static com.mockmate.support.Problems.detail;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.MultipartBody;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request bodies under /api are capped per kind of endpoint before anything parses them. */
@IntegrationTest
class RequestLimitsTest {

    /** Above the 64 KB JSON limit, below the 2 MB Tomcat swallows after refusing a body, so the answer arrives. */
    private static final byte[] ONE_MEGABYTE_OF_JSON = ("{\"username\": \"" + "x".repeat(1 << 20)
                    + "\", \"password\": \"Quiet-Meadow-Lantern-57\"}")
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void a_json_body_declared_larger_than_the_limit_is_a_413_problem() {
        var response = api.send(api.request("/api/v1/auth/login", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ONE_MEGABYTE_OF_JSON)));

        assertProblem(response, 413);
        assertThat(detail(response)).contains("64 KB");
    }

    @Test
    void a_chunked_body_is_cut_off_once_it_passes_the_limit() {
        var response = api.send(api.request("/api/v1/auth/login", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(ONE_MEGABYTE_OF_JSON))));

        assertProblem(response, 413);
    }

    @Test
    void a_multipart_body_to_a_json_endpoint_is_refused_by_its_size_unparsed() {
        var body = new MultipartBody().file("file", "big.bin", "application/octet-stream", new byte[200_000]);

        var response = api.send(api.request("/api/v1/auth/login", null)
                .header("Content-Type", body.contentType())
                .POST(body.publisher()));

        assertProblem(response, 413);
    }

    @Test
    void an_import_takes_more_than_a_json_body() {
        var admin = Accounts.adminToken(api);
        var topic = api.get("/api/v1/topics?q=Java", admin)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asString();
        var csv = "text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds\n"
                + IntStream.range(0, 800)
                        .mapToObj(i -> "\"Imported question number " + i + ": explain it\",EASY,a|b,\"" + "r".repeat(80)
                                + "\",java,120")
                        .collect(Collectors.joining("\n"));
        assertThat(csv.length()).isGreaterThan(64 * 1024);

        var response = api.send(api.request("/api/v1/topics/" + topic + "/questions:import?dryRun=true", admin)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("valid").asInt()).isEqualTo(800);
    }
}
