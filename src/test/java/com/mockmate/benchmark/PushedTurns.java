package com.mockmate.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate's WebSocket on {@code /ws/sessions/{id}}, as an API client waits for its answers' evaluations: pushed
 * rather than polled. An event can arrive before the client has asked for it (a fast evaluation), so both sides meet
 * in one future per turn.
 */
final class PushedTurns implements WebSocket.Listener, TurnWaiter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Map<String, CompletableFuture<String>> outcomes = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private static final Map<String, Integer> LOST = new ConcurrentHashMap<>();

    private WebSocket socket;
    private volatile boolean closing;
    private volatile String endedBecause;

    private PushedTurns() {}

    static PushedTurns open(HttpClient http, int port, String sessionId, String token) {
        var turns = new PushedTurns();
        try {
            turns.socket = http.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/sessions/" + sessionId), turns)
                    .get(SUBSCRIBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            turns.subscribed.get(SUBSCRIBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return turns;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not subscribe to session " + sessionId, e);
        }
    }

    /** Until the turn's evaluation or failure is pushed, the socket ends, or two minutes have passed. */
    @Override
    public void await(String turnId) {
        try {
            future(turnId).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Timed out: the benchmark goes on; the missing evaluation shows in its figures.
        } finally {
            outcomes.remove(turnId);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            handle(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void handle(String message) {
        var event = JSON.readTree(message);
        var type = event.path("type").asString();
        if ("subscribed".equals(type)) {
            subscribed.complete(null);
        } else if (type.equals("turn.evaluated") || type.equals("turn.failed")) {
            future(event.path("turnId").asString()).complete(type);
        }
    }

    /** A socket the server closed, or that failed, hears nothing more: its waiting turns end at once, not at timeout. */
    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedEarly("closed " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedEarly("failed: " + error);
    }

    private void closedEarly(String why) {
        endedBecause = why;
        if (!closing) {
            LOST.merge(why, 1, Integer::sum);
        }
        outcomes.values().forEach(outcome -> outcome.complete(why));
    }

    /** Why sockets ended before the benchmark closed them, with counts; empty when none did. */
    static Map<String, Integer> lost() {
        return Map.copyOf(LOST);
    }

    private CompletableFuture<String> future(String turnId) {
        if (endedBecause != null) {
            return CompletableFuture.completedFuture(endedBecause);
        }
        return outcomes.computeIfAbsent(turnId, id -> new CompletableFuture<>());
    }

    @Override
    public void close() {
        closing = true;
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS);
    }
}
