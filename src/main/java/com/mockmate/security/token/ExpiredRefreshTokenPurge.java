package com.mockmate.security.token;

import java.time.Clock;
import java.time.Duration;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Nightly removal of refresh tokens that expired more than a day ago; they can no longer be used or reused. */
@Component
public class ExpiredRefreshTokenPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRefreshTokenPurge.class);
    private static final Duration GRACE = Duration.ofDays(1);

    private final RefreshTokenRepository tokens;
    private final Clock clock;

    ExpiredRefreshTokenPurge(RefreshTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Recurring(id = "purge-expired-refresh-tokens", cron = "0 3 * * *")
    @Job(name = "Purge expired refresh tokens")
    @Transactional
    public int purge() {
        int deleted = tokens.deleteExpiredBefore(clock.instant().minus(GRACE));
        log.info("Purged {} expired refresh tokens", deleted);
        return deleted;
    }
}
