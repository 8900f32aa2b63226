package com.mockmate.interview.live;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a session stands right now: the question being asked, follow-ups used on it, and the turn in flight.
 * Kept in Redis with a TTL; PostgreSQL stays the truth and the state is rebuilt from it when missing.
 */
public record LiveSessionState(
        int questionPosition,
        int questionCount,
        int followUpsUsed,
        @Nullable String followUpPrompt,
        @Nullable UUID inFlightTurnId,
        boolean finished,
        int turnCount)
        implements Serializable {

    /** Whether this cached state still describes the stored turns; a stale cache is rebuilt rather than trusted. */
    public boolean matches(int storedTurnCount, @Nullable UUID storedInFlightTurnId) {
        return turnCount == storedTurnCount && Objects.equals(inFlightTurnId, storedInFlightTurnId);
    }
}
