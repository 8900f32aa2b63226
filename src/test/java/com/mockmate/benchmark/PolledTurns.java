package com.mockmate.benchmark;

import com.mockmate.support.ApiClient;
import java.time.Duration;

/** Asks for the turn every second until it is no longer pending, as a client without the WebSocket does. */
record PolledTurns(ApiClient api, String token, String sessionId) implements TurnWaiter {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void await(String turnId) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var status = api.get("/api/v1/sessions/" + sessionId + "/turns/" + turnId, token)
                    .json()
                    .get("status")
                    .asString();
            if (!"PENDING".equals(status)) {
                return;
            }
            try {
                Thread.sleep(PERIOD);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {}
}
