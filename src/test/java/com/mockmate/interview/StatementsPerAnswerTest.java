package com.mockmate.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import com.mockmate.support.sql.CountedStatements;
import com.mockmate.support.sql.StatementCounter;
import com.mockmate.user.service.AccountService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL statements per typed answer, counted as PostgreSQL's {@code log_statement = all} logs them (BEGIN and COMMIT
 * included): the accept request plus the evaluation with the offline evaluator, on every thread. The client's GET
 * requests that wait for the result are left out (see {@link CountedStatements}); JobRunr's background server, the
 * only poller of the database, is off in the test profile.
 *
 * <p>Measured on 2026-12-02: a median of 60 at commit a1bd465 (58 statements plus one or two connection checks by the
 * pool, the same number as PostgreSQL's own log showed for each answer), 22 once one answer had one context (4ef822f).
 * On 2026-12-03, 20: the request's account check is one SELECT instead of a read-only transaction of three.
 */
@IntegrationTest
@Import(CountedStatements.class)
class StatementsPerAnswerTest {

    static final int ANSWERS = 8;
    /** The target of issue 11: half of what an answer cost before it had one context. */
    static final long MAX_MEDIAN = 32;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    StatementCounter statements;

    @Autowired
    AccountService accounts;

    @Test
    void a_typed_answer_costs_at_most_32_statements() throws Exception {
        var api = new ApiClient(port);
        var account = Accounts.register(api, "stmts");
        var token = Accounts.login(api, account).accessToken();
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var counts = new ArrayList<Long>();

        for (int answer = 1; answer <= ANSWERS; answer++) {
            redis.delete("mockmate:rate:turns:" + account.id());
            var question = api.get("/api/v1/sessions/" + sessionId, token)
                    .json()
                    .get("currentQuestion")
                    .get("text")
                    .asString();
            statements.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(30));
            mark("statements-per-answer " + answer + " start");
            statements.reset();

            var accepted = api.post(
                    "/api/v1/sessions/" + sessionId + "/turns",
                    Map.of(
                            "answerText",
                            "I would explain it step by step: " + question
                                    + " because it matters, for example in production.",
                            "clientTurnId",
                            "s" + answer),
                    token);
            assertThat(accepted.status()).isEqualTo(202);
            Interviews.awaitTurn(
                    api, token, sessionId, accepted.json().get("id").asString(), "EVALUATED");
            statements.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(30));

            counts.add(statements.count());
            System.out.printf(
                    "answer %d: %d statements (%d of them connection checks; %d more left out)%n",
                    answer, statements.count(), statements.connectionChecks(), statements.ignored());
            mark("statements-per-answer " + answer + " end");
        }

        var median = median(counts);
        System.out.printf("SQL statements per typed answer: median %d of %s%n", median, counts);
        assertThat(median).isLessThanOrEqualTo(MAX_MEDIAN);
    }

    /** Every API and web request re-reads its account, so that a lock or a role change applies at once. */
    @Test
    void the_account_check_of_every_request_is_one_statement() throws Exception {
        var account = Accounts.register(new ApiClient(port), "stmtacct");
        statements.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(30));
        statements.reset();

        assertThat(accounts.standing(account.id())).isPresent();

        assertThat(statements.count()).isEqualTo(1);
    }

    /** A line in PostgreSQL's statement log that frames an answer, to check this count against the server's own. */
    private void mark(String label) throws Exception {
        statements.uncounted(() -> jdbc.queryForObject("SELECT ?::text", String.class, label));
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
