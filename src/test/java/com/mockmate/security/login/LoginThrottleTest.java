package com.mockmate.security.login;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class LoginThrottleTest {

    private static final String WRONG = "Not-The-Right-One-42";
    private static final long WINDOW_SECONDS = 15 * 60;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    ApiClient api;
    Account jane;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
    }

    private ApiClient.Response login(String username, String password) {
        return api.post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(login(username, WRONG).status()).as("attempt %d", i + 1).isEqualTo(401);
        }
    }

    private static void assertThrottled(ApiClient.Response response) {
        assertProblem(response, 429);
        var retryAfter = response.header("Retry-After");
        assertThat(retryAfter).as("Retry-After").matches("\\d+");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, WINDOW_SECONDS);
        assertThat(response.json().get("retryAfterSeconds").asLong()).isEqualTo(Long.parseLong(retryAfter));
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void blocks_the_sixth_attempt_after_five_wrong_passwords_even_with_the_right_one() {
        failTimes("jane.doe", 5);

        var sixth = login("jane.doe", jane.password());

        assertThrottled(sixth);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refresh_tokens", Long.class))
                .isZero();
    }

    @Test
    void counts_the_username_in_any_letter_case() {
        failTimes("jane.doe", 3);
        failTimes("JANE.DOE", 2);

        assertThrottled(login("Jane.Doe", jane.password()));
    }

    @Test
    void still_lets_the_right_password_in_after_four_wrong_ones() {
        failTimes("jane.doe", 4);

        assertThat(login("jane.doe", jane.password()).status()).isEqualTo(200);
    }

    @Test
    void audits_the_throttled_attempts() {
        jdbc.update("TRUNCATE audit_logs");
        failTimes("jane.doe", 5);
        login("jane.doe", jane.password());

        var throttled = AuditLogs.rows(jdbc, "LOGIN_THROTTLED");

        assertThat(throttled).hasSizeGreaterThanOrEqualTo(1);
        assertThat(throttled)
                .allSatisfy(row -> assertThat(row)
                        .containsEntry("target_type", "USERNAME")
                        .containsEntry("target_id", "jane.doe"));
        assertThat(AuditLogs.rows(jdbc, "LOGIN_FAILED")).hasSize(5);
        assertThat(AuditLogs.rows(jdbc, "LOGIN_SUCCEEDED")).isEmpty();
    }

    @Test
    void another_username_from_the_same_address_still_logs_in() {
        var bob = Accounts.register(api, "bob");
        failTimes("jane.doe", 5);
        assertThrottled(login("jane.doe", jane.password()));

        var response = login("bob", bob.password());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void blocks_the_address_after_twenty_failures_across_different_usernames() {
        for (int i = 1; i <= 20; i++) {
            assertThat(login("guess" + i, WRONG).status()).as("guess %d", i).isEqualTo(401);
        }

        assertThrottled(login("jane.doe", jane.password()));
        assertThrottled(login("guess21", WRONG));
    }

    @Test
    void does_not_block_the_address_after_nineteen_failures() {
        for (int i = 1; i <= 19; i++) {
            assertThat(login("guess" + i, WRONG).status()).as("guess %d", i).isEqualTo(401);
        }

        assertThat(login("jane.doe", jane.password()).status()).isEqualTo(200);
    }

    @Test
    void refuses_concurrent_wrong_passwords_beyond_the_limit_before_checking_them() throws Exception {
        int attempts = 10;
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var pending = new ArrayList<Future<Integer>>();
            for (int i = 0; i < attempts; i++) {
                Callable<Integer> attempt = () -> {
                    start.await();
                    return login("jane.doe", WRONG).status();
                };
                pending.add(pool.submit(attempt));
            }
            start.countDown();
            for (var result : pending) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(attempts - 5);
        assertThat(AuditLogs.rows(jdbc, "LOGIN_FAILED")).hasSize(5);
        assertThrottled(login("jane.doe", jane.password()));
    }

    @Test
    void a_long_s_spelling_is_throttled_together_with_the_account() {
        var sam = Accounts.register(api, "sam.smith");
        failTimes("\u017Fam.\u017Fmith", 5);

        assertThrottled(login("sam.smith", sam.password()));
        assertThrottled(login("\u017Fam.smith", sam.password()));
    }

    @Test
    void a_long_s_spelling_cannot_step_around_the_throttle_of_the_plain_spelling() {
        var sam = Accounts.register(api, "sam.smith");
        failTimes("sam.smith", 5);

        assertThrottled(login("\u017Fam.smith", sam.password()));
        assertThrottled(login("SAM.SMITH", sam.password()));
    }

    @Test
    void a_dotless_i_does_not_reach_the_account_spelled_with_i() {
        var ivan = Accounts.register(api, "ivan.ivanov");

        assertProblem(login("\u0131van.ivanov", ivan.password()), 401);
        assertProblem(login("IVAN.\u0131VANOV", ivan.password()), 401);
        assertThat(login("IVAN.IVANOV", ivan.password()).status()).isEqualTo(200);
    }

    @Test
    void every_login_window_key_expires() {
        failTimes("jane.doe", 2);
        failTimes("nobody", 1);

        var keys = redis.keys("mockmate:login-failures:*");

        assertThat(keys).isNotEmpty();
        assertThat(keys)
                .allSatisfy(key -> assertThat(redis.getExpire(key)).as(key).isPositive());
    }

    @Test
    void a_window_key_left_without_an_expiry_gets_one_at_the_next_failure() {
        // What a crash between INCR and EXPIRE used to leave behind: a counter that never expires, a permanent lockout.
        redis.opsForValue().set("mockmate:login-failures:user:jane.doe", "1");

        failTimes("jane.doe", 1);

        assertThat(redis.getExpire("mockmate:login-failures:user:jane.doe"))
                .isBetween(1L, Duration.ofMinutes(15).toSeconds());
    }
}
