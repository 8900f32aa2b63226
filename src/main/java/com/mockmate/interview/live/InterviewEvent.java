package com.mockmate.interview.live;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What live clients hear about a session: {@code turn.transcribed} (a spoken answer's transcript is ready),
 * {@code turn.evaluated}, {@code turn.failed} or {@code session.completed}.
 * Carries ids only; clients read the details through the services, which check ownership.
 */
public record InterviewEvent(
        String type, UUID sessionId, UUID userId, @Nullable UUID turnId) implements Serializable {

    public static final String TURN_TRANSCRIBED = "turn.transcribed";
    public static final String TURN_EVALUATED = "turn.evaluated";
    public static final String TURN_FAILED = "turn.failed";
    public static final String SESSION_COMPLETED = "session.completed";
}
