package com.mockmate.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.audit.AuditAction;
import com.mockmate.base.error.ConflictException;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Database refusals are reported for what they are: only a taken name or address is a conflict. */
@IntegrationTest
class RegistrationServiceTest {

    private static final String PASSWORD = "Quiet-Meadow-Lantern-57";

    @Autowired
    RegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_row_the_database_refuses_for_another_reason_is_not_reported_as_a_conflict() {
        var registration = new Registration("nul.name", PASSWORD, "nul@example.com", "Jane\u0000Doe");

        assertThatThrownBy(() -> registrations.createAccount(registration, Role.USER, AuditAction.USER_REGISTERED))
                .isNotInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'nul.name'", Long.class))
                .isZero();
    }

    @Test
    void concurrent_sign_ups_of_one_name_give_one_account_and_conflicts() throws Exception {
        int attempts = 4;
        var start = new CountDownLatch(1);
        var failures = new ArrayList<Throwable>();
        int created = 0;
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var pending = new ArrayList<Future<UserAccount>>();
            for (int i = 0; i < attempts; i++) {
                var registration = new Registration("Same.Name", PASSWORD, "same" + i + "@example.com", "Same");
                Callable<UserAccount> signUp = () -> {
                    start.await();
                    return registrations.register(registration, "203.0.113.9");
                };
                pending.add(pool.submit(signUp));
            }
            start.countDown();
            for (var result : pending) {
                try {
                    result.get();
                    created++;
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }

        assertThat(created).isEqualTo(1);
        assertThat(failures)
                .hasSize(attempts - 1)
                .allSatisfy(failure -> assertThat(failure)
                        .isInstanceOfSatisfying(
                                ConflictException.class,
                                conflict -> assertThat(conflict.getBody().getDetail())
                                        .contains("username")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = 'same.name'", Long.class))
                .isEqualTo(1);
    }
}
