package com.mockmate.interview.domain;

import java.util.UUID;

/**
 * Something that happened to an interview, published inside the transaction that made it happen. Listeners that must
 * not see a rolled-back change (live clients, profiles, reports, analytics) listen after commit.
 */
public sealed interface SessionEvent
        permits TurnTranscribed, TurnEvaluated, TurnFailed, SessionCompleted, SessionSummaryWritten {

    UUID sessionId();

    UUID userId();
}
