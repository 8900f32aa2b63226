package com.mockmate.support;

import com.mockmate.base.ratelimit.TokenBuckets;
import java.time.Duration;
import java.util.UUID;

/** The per-minute answer limit as the interview enforces it, for tests that need a candidate who answered too fast. */
public final class AnswerRateLimit {

    /** {@code mockmate.interview.turns-per-minute}: its default, which the test profile keeps. */
    public static final int PER_MINUTE = 12;

    private AnswerRateLimit() {}

    /** Uses up the candidate's answers for this minute, as answering {@value #PER_MINUTE} times in a row would. */
    public static void exhaust(TokenBuckets buckets, UUID userId) {
        for (int i = 0; i < PER_MINUTE; i++) {
            buckets.tryAcquire("mockmate:rate:turns:" + userId, PER_MINUTE, Duration.ofMinutes(1));
        }
    }
}
