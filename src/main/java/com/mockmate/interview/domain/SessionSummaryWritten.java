package com.mockmate.interview.domain;

import java.util.UUID;

/** A completed interview's written summary is ready, or the model's failed and the offline one stands in. */
public record SessionSummaryWritten(UUID sessionId, UUID userId, SummaryStatus status) implements SessionEvent {}
