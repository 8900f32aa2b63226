package com.mockmate.security.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mockmate.audit.AuditTrail;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.mockmate.user.service.AccountChange;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AccountStanding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which open connections a re-check ends, and which it must leave alone. */
class ConnectionWatchTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final AccountService accounts = mock(AccountService.class);
    private final ConnectionWatch watch = new ConnectionWatch(
            accounts,
            mock(AuditTrail.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new JwtProperties(
                    "", "mockmate", "mockmate-api", Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofHours(1)));

    @AfterEach
    void stop() {
        watch.shutdown();
    }

    @Test
    void a_connection_admitted_while_accounts_are_read_is_not_taken_for_a_deleted_account() {
        var first = access("first");
        var latecomer = access("latecomer");
        var firstHeard = new RecordingListener();
        var latecomerHeard = new RecordingListener();
        watch.watch(first, firstHeard);
        when(accounts.standings(anyCollection())).thenAnswer(read -> {
            // The latecomer's socket is admitted while the query for the others runs.
            watch.watch(latecomer, latecomerHeard);
            return Map.of(first.user().id(), first.standing());
        });

        watch.recheck();

        assertThat(firstHeard.changes).isEmpty();
        assertThat(latecomerHeard.changes).isEmpty();
    }

    @Test
    void a_connection_whose_account_is_gone_or_locked_is_ended_with_the_reason() {
        var gone = access("gone");
        var locked = access("locked");
        var goneHeard = new RecordingListener();
        var lockedHeard = new RecordingListener();
        watch.watch(gone, goneHeard);
        watch.watch(locked, lockedHeard);
        var lockedNow = new AccountStanding(
                locked.user().id(),
                "locked",
                Role.USER,
                true,
                NOW.plusSeconds(600),
                locked.standing().credentialsStamp());
        when(accounts.standings(anyCollection()))
                .thenReturn(Map.of(locked.user().id(), lockedNow));

        watch.recheck();

        assertThat(goneHeard.changes).containsExactly(AccountChange.DELETED);
        assertThat(lockedHeard.changes).containsExactly(AccountChange.LOCKED);
    }

    private static ConnectionAccess access(String username) {
        var id = UUID.randomUUID();
        var standing = new AccountStanding(
                id, username, Role.USER, true, null, AccountStanding.credentialsStampOf("$2a$10$" + username));
        return new ConnectionAccess(new AuthenticatedUser(id, username, Role.USER), NOW.plusSeconds(900), standing);
    }

    private static final class RecordingListener implements ConnectionWatch.Listener {
        final List<AccountChange> changes = new CopyOnWriteArrayList<>();

        @Override
        public void tokenExpired() {
            changes.add(null);
        }

        @Override
        public void accountChanged(AccountChange change) {
            changes.add(change);
        }
    }
}
