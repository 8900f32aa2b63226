package com.mockmate.interview.api;

import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.LiveEvent;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.interview.service.LiveInterviewEvents;
import com.mockmate.security.jwt.AccessTokenAuthenticator;
import com.mockmate.security.jwt.ConnectionAccess;
import com.mockmate.security.jwt.ConnectionWatch;
import com.mockmate.user.service.AccountChange;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/sessions/{id}}: live events for API clients. The client authenticates with an Authorization header on the
 * handshake or, since browsers cannot set one, with a first message {"type": "auth", "token": "<access token>"} —
 * never with a token in the URL. Only the session's owner is let in; a client that has not authenticated within
 * {@code mockmate.interview.socket-auth-timeout} is closed with 4401. An admitted socket is closed with 4401 when its
 * access token runs out (the client reconnects with a fresh one) and with 4403 when its account is deleted, disabled or
 * locked, or its password or role changes; the close reason names which.
 */
@Component
class SessionEventsSocket extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionEventsSocket.class);
    static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "Authentication required");
    static final CloseStatus NOT_FOUND = new CloseStatus(4404, "No such session");
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Access token expired");
    static final int ACCOUNT_CHANGED = 4403;

    private final AccessTokenAuthenticator tokens;
    private final ConnectionWatch watch;
    private final InterviewQueries queries;
    private final LiveInterviewEvents events;
    private final JsonMapper json;
    private final Duration authTimeout;
    private final Map<String, Runnable> subscriptions = new ConcurrentHashMap<>();
    /** Sockets still waiting for their auth message, with the task that closes them when time is up. */
    private final Map<String, ScheduledFuture<?>> awaitingAuth = new ConcurrentHashMap<>();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("ws-auth-timeout").factory());

    SessionEventsSocket(
            AccessTokenAuthenticator tokens,
            ConnectionWatch watch,
            InterviewQueries queries,
            LiveInterviewEvents events,
            JsonMapper json,
            InterviewProperties properties) {
        this.tokens = tokens;
        this.watch = watch;
        this.queries = queries;
        this.events = events;
        this.json = json;
        this.authTimeout = properties.socketAuthTimeout();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        var bearer = bearerToken(session);
        if (bearer != null) {
            // The API chain already verified this header; admitting it again yields its expiry for the watch.
            try {
                admit(session, tokens.admit(bearer));
            } catch (AuthenticationException e) {
                session.close(UNAUTHORIZED);
            }
            return;
        }
        awaitingAuth.put(
                session.getId(),
                timer.schedule(() -> closeUnauthenticated(session), authTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void closeUnauthenticated(WebSocketSession session) {
        if (awaitingAuth.remove(session.getId()) == null) {
            return;
        }
        try {
            session.close(UNAUTHORIZED);
        } catch (IOException e) {
            log.debug("Could not close unauthenticated WebSocket {}: {}", session.getId(), e.getMessage());
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        var deadline = awaitingAuth.remove(session.getId());
        if (deadline == null) {
            return;
        }
        deadline.cancel(false);
        try {
            var node = json.readTree(message.getPayload());
            if (!"auth".equals(node.path("type").asString())) {
                session.close(UNAUTHORIZED);
                return;
            }
            admit(session, tokens.admit(node.path("token").asString()));
        } catch (AuthenticationException | tools.jackson.core.JacksonException e) {
            session.close(UNAUTHORIZED);
        }
    }

    private void admit(WebSocketSession session, ConnectionAccess access) throws IOException {
        var user = access.user();
        UUID sessionId;
        try {
            sessionId = sessionIdOf(session.getUri());
            queries.get(user, sessionId);
        } catch (NotFoundException | IllegalArgumentException e) {
            session.close(NOT_FOUND);
            return;
        }
        var sender = new ConcurrentWebSocketSessionDecorator(session, 5_000, 256 * 1024);
        var unsubscribe = events.subscribe(sessionId, event -> send(sender, sessionId, event));
        var unwatch = watch.watch(access, new ConnectionWatch.Listener() {
            @Override
            public void tokenExpired() {
                close(sender, TOKEN_EXPIRED);
            }

            @Override
            public void accountChanged(AccountChange change) {
                close(sender, new CloseStatus(ACCOUNT_CHANGED, change.description()));
            }
        });
        subscriptions.put(session.getId(), () -> {
            unsubscribe.run();
            unwatch.run();
        });
        sender.sendMessage(
                new TextMessage(json.writeValueAsString(Map.of("type", "subscribed", "sessionId", sessionId))));
    }

    /** Ownership of {@code sessionId} was checked when the socket subscribed; the bus delivers only its events. */
    private void send(WebSocketSession session, UUID sessionId, LiveEvent event) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("type", event.type());
        payload.put("sessionId", event.sessionId());
        if (event.turnId() != null) {
            payload.put("turnId", event.turnId());
            payload.put("turn", queries.subscribedTurn(sessionId, event.turnId()));
        }
        try {
            session.sendMessage(new TextMessage(json.writeValueAsString(payload)));
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not deliver {} to WebSocket {}: {}", event.type(), session.getId(), e.getMessage());
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Could not close WebSocket {}: {}", session.getId(), e.getMessage());
        }
    }

    private static @Nullable String bearerToken(WebSocketSession session) {
        var header = session.getHandshakeHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim()
                : null;
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        var deadline = awaitingAuth.remove(session.getId());
        if (deadline != null) {
            deadline.cancel(false);
        }
        var unsubscribe = subscriptions.remove(session.getId());
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @PreDestroy
    void shutdown() {
        timer.shutdownNow();
    }

    static UUID sessionIdOf(URI uri) {
        var path = uri == null ? "" : uri.getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
