package com.mockmate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.fuzz.OperationFuzzer.Caller;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The safety net of issue 9: every operation in the running app's OpenAPI document gets malformed and hostile input
 * (wrong types, missing and extra fields, huge strings, deep nesting, NUL and invalid UTF-8, hostile paging and sort
 * values, odd path segments, wrong methods and content types, oversized bodies), without a token, as a candidate and as
 * an admin. Every answer is 2xx or 4xx, every error under /api is problem+json, and a rejected request changes no
 * table. Operations come from the document, so endpoints added later are fuzzed too. Deterministic for a seed
 * (-Dmockmate.fuzz.seed); bounded by -Dmockmate.fuzz.per-category requests per category and operation, and by
 * -Dmockmate.fuzz.seconds-per-operation.
 */
@IntegrationTest
class ApiFuzzTest {

    private static final long SEED = Long.getLong("mockmate.fuzz.seed", 20_261_202L);
    private static final int PER_CATEGORY = Integer.getInteger("mockmate.fuzz.per-category", 4);
    private static final Duration BUDGET_PER_OPERATION =
            Duration.ofSeconds(Long.getLong("mockmate.fuzz.seconds-per-operation", 25));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> every_operation_answers_hostile_input_with_4xx_problems_and_changes_nothing() {
        var api = new ApiClient(port);
        var operations = ApiOperation.from(api.get("/v3/api-docs", null).json());
        assertThat(operations).extracting(ApiOperation::label).contains("POST /api/v1/auth/login");
        var fixtures = Fixtures.create(api);
        var callers = List.of(
                new Caller("anonymous", null),
                new Caller("candidate", fixtures.candidateToken()),
                new Caller("admin", fixtures.adminToken()));
        var report = new FuzzReport(SEED);
        var fuzzer = new OperationFuzzer(
                new RawHttp(port), new DatabaseSnapshot(jdbc), report, callers, BUDGET_PER_OPERATION);
        var tests = operations.stream()
                .map(operation -> DynamicTest.dynamicTest(operation.label(), () -> {
                    var random = new Random(SEED ^ operation.label().hashCode());
                    var requests = new FuzzCases(operation, fixtures, random).sample(PER_CATEGORY);
                    var findings = fuzzer.fuzz(operation, requests);
                    assertThat(findings.stream().limit(40).toList())
                            .as("%s: %d findings", operation.label(), findings.size())
                            .isEmpty();
                }));
        var summary = DynamicTest.dynamicTest("report", () -> System.out.println(report.render()));
        return Stream.concat(tests, Stream.of(summary));
    }
}
