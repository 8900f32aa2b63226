package com.mockmate.security.jwt;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.user.service.AccountChange;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.AccountStanding;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends connections that outlive the request they were admitted with (WebSockets) when their access token runs out or
 * their account changes as {@link AccountStanding#changeSince} defines it. One query re-reads the accounts of every
 * open connection each {@code mockmate.jwt.connection-recheck-interval}; reading rather than listening to events also
 * notices changes made by another instance or directly in the database.
 */
@Component
public class ConnectionWatch {

    /** What the connection's owner does when the watch ends it; each connection hears at most one call. */
    public interface Listener {
        void tokenExpired();

        void accountChanged(AccountChange change);
    }

    private static final Logger log = LoggerFactory.getLogger(ConnectionWatch.class);

    private record Watched(ConnectionAccess access, Listener listener, AtomicBoolean ended) {}

    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("connection-watch").factory());

    ConnectionWatch(AccountService accounts, AuditTrail audit, Clock clock, JwtProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        long interval = properties.connectionRecheckInterval().toMillis();
        timer.scheduleWithFixedDelay(this::recheck, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Starts watching; run the returned action when the connection closes for any other reason. */
    public Runnable watch(ConnectionAccess access, Listener listener) {
        var entry = new Watched(access, listener, new AtomicBoolean());
        watched.add(entry);
        var untilExpiry = Duration.between(clock.instant(), access.expiresAt()).toMillis();
        var expiry = timer.schedule(() -> end(entry, null), Math.max(0, untilExpiry), TimeUnit.MILLISECONDS);
        return () -> {
            watched.remove(entry);
            expiry.cancel(false);
        };
    }

    void recheck() {
        if (watched.isEmpty()) {
            return;
        }
        try {
            // Only the connections whose accounts were read: one admitted while the query ran has no standing in
            // its result, and would otherwise be closed as if its account had been deleted.
            var entries = List.copyOf(watched);
            var ids = entries.stream().map(entry -> entry.access().user().id()).collect(Collectors.toSet());
            var standings = accounts.standings(ids);
            var now = clock.instant();
            for (var entry : entries) {
                var signedIn = entry.access().standing();
                Optional.ofNullable(standings.get(signedIn.id()))
                        .map(current -> current.changeSince(signedIn.role(), signedIn.credentialsStamp(), now))
                        .orElse(Optional.of(AccountChange.DELETED))
                        .ifPresent(change -> end(entry, change));
            }
        } catch (RuntimeException e) {
            // An exception would cancel the periodic task for good; the next round tries again.
            log.warn("Could not re-check the accounts of open connections: {}", e.toString());
        }
    }

    /** {@code change} null: the token ran out. */
    private void end(Watched entry, @Nullable AccountChange change) {
        if (!entry.ended().compareAndSet(false, true)) {
            return;
        }
        watched.remove(entry);
        try {
            if (change == null) {
                entry.listener().tokenExpired();
            } else {
                entry.listener().accountChanged(change);
                var userId = entry.access().user().id();
                audit.record(
                        null,
                        AuditAction.SESSION_ENDED,
                        "USER",
                        userId,
                        Map.of("reason", change.name(), "channel", "websocket"));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Could not end a connection of {}: {}",
                    entry.access().user().username(),
                    e.toString());
        }
    }

    @PreDestroy
    void shutdown() {
        timer.shutdownNow();
    }
}
