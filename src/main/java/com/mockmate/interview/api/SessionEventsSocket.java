package com.mockmate.interview.api;

import com.mockmate.base.error.NotFoundException;
import com.mockmate.interview.service.InterviewEvent;
import com.mockmate.interview.service.InterviewEventBus;
import com.mockmate.interview.service.InterviewProperties;
import com.mockmate.interview.service.InterviewQueries;
import com.mockmate.security.jwt.AccessTokenAuthenticator;
import com.mockmate.user.domain.AuthenticatedUser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * {@code mockmate.interview.socket-auth-timeout} is closed with 4401.
 */
@Component
class SessionEventsSocket extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionEventsSocket.class);
    static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "Authentication required");
    static final CloseStatus NOT_FOUND = new CloseStatus(4404, "No such session");

    private final AccessTokenAuthenticator tokens;
    private final InterviewQueries queries;
    private final InterviewEventBus bus;
    private final JsonMapper json;
    private final Duration authTimeout;
    private final Map<String, Runnable> subscriptions = new ConcurrentHashMap<>();
    /** Sockets still waiting for their auth message, with the task that closes them when time is up. */
    private final Map<String, ScheduledFuture<?>> awaitingAuth = new ConcurrentHashMap<>();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("ws-auth-timeout").factory());

    SessionEventsSocket(
            AccessTokenAuthenticator tokens,
            InterviewQueries queries,
            InterviewEventBus bus,
            JsonMapper json,
            InterviewProperties properties) {
        this.tokens = tokens;
        this.queries = queries;
        this.bus = bus;
        this.json = json;
        this.authTimeout = properties.socketAuthTimeout();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        if (session.getPrincipal() instanceof org.springframework.security.core.Authentication auth
                && auth.getPrincipal() instanceof AuthenticatedUser user) {
            admit(session, user);
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
            admit(session, tokens.authenticate(node.path("token").asString()));
        } catch (AuthenticationException | tools.jackson.core.JacksonException e) {
            session.close(UNAUTHORIZED);
        }
    }

    private void admit(WebSocketSession session, AuthenticatedUser user) throws IOException {
        UUID sessionId;
        try {
            sessionId = sessionIdOf(session.getUri());
            queries.get(user, sessionId);
        } catch (NotFoundException | IllegalArgumentException e) {
            session.close(NOT_FOUND);
            return;
        }
        var sender = new ConcurrentWebSocketSessionDecorator(session, 5_000, 256 * 1024);
        subscriptions.put(session.getId(), bus.subscribe(sessionId, event -> send(sender, user, event)));
        sender.sendMessage(
                new TextMessage(json.writeValueAsString(Map.of("type", "subscribed", "sessionId", sessionId))));
    }

    private void send(WebSocketSession session, AuthenticatedUser user, InterviewEvent event) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("type", event.type());
        payload.put("sessionId", event.sessionId());
        if (event.turnId() != null) {
            payload.put("turnId", event.turnId());
            payload.put("turn", queries.turn(user, event.sessionId(), event.turnId()));
        }
        try {
            session.sendMessage(new TextMessage(json.writeValueAsString(payload)));
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not deliver {} to WebSocket {}: {}", event.type(), session.getId(), e.getMessage());
        }
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
