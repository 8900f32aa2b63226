package com.mockmate.interview.domain;

import java.util.UUID;

/** A spoken answer's transcript is ready; {@code awaitingReview} when the candidate asked to check it first. */
public record TurnTranscribed(UUID sessionId, UUID userId, UUID turnId, boolean awaitingReview)
        implements SessionEvent {}
