package com.mockmate.interview.domain;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What live clients hear about a session, on every instance: {@code turn.transcribed} (a spoken answer's transcript is
 * ready), {@code turn.evaluated}, {@code turn.failed}, {@code session.completed} or
 * {@code summary.written} (the written summary of a completed session is ready). The WebSocket sends it as it is.
 * Carries ids only; clients read the details through the services, which check ownership.
 */
public record LiveEvent(
        String type, UUID sessionId, UUID userId, @Nullable UUID turnId) implements Serializable {

    public static final String TURN_TRANSCRIBED = "turn.transcribed";
    public static final String TURN_EVALUATED = "turn.evaluated";
    public static final String TURN_FAILED = "turn.failed";
    public static final String SESSION_COMPLETED = "session.completed";
    public static final String SUMMARY_WRITTEN = "summary.written";

    public static LiveEvent of(SessionEvent event) {
        return switch (event) {
            case TurnTranscribed t -> new LiveEvent(TURN_TRANSCRIBED, t.sessionId(), t.userId(), t.turnId());
            case TurnEvaluated t -> new LiveEvent(TURN_EVALUATED, t.sessionId(), t.userId(), t.turnId());
            case TurnFailed t -> new LiveEvent(TURN_FAILED, t.sessionId(), t.userId(), t.turnId());
            case SessionCompleted c -> new LiveEvent(SESSION_COMPLETED, c.sessionId(), c.userId(), null);
            case SessionSummaryWritten s -> new LiveEvent(SUMMARY_WRITTEN, s.sessionId(), s.userId(), null);
        };
    }
}
