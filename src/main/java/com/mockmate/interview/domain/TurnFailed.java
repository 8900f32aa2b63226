package com.mockmate.interview.domain;

import java.util.UUID;

/** An answer could not be transcribed or evaluated; {@code reason} is what the candidate is told. */
public record TurnFailed(UUID sessionId, UUID userId, UUID turnId, String reason) implements SessionEvent {}
