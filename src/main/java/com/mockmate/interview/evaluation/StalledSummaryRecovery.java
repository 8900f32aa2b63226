package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.WrittenSummaryRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A summary's job can die with its instance, exhaust its retries on a database outage, or never be queued (the queue
 * was down at completion). Its row then says WRITING for good and the results page shows "being written" forever.
 * This recovery ends every summary that has not moved for {@link #STALLED_AFTER} with the offline summary, marked
 * FAILED with the reason, as when the model gives up. The model's own retries and repairs end long before that.
 */
@Service
public class StalledSummaryRecovery {

    static final Duration STALLED_AFTER = Duration.ofMinutes(15);
    static final String REASON = "The summary was not written within 15 minutes, so the offline summary stands in.";

    private static final Logger log = LoggerFactory.getLogger(StalledSummaryRecovery.class);

    private final WrittenSummaryRepository summaries;
    private final SessionSummaryWriting writing;
    private final Clock clock;

    StalledSummaryRecovery(WrittenSummaryRepository summaries, SessionSummaryWriting writing, Clock clock) {
        this.summaries = summaries;
        this.writing = writing;
        this.clock = clock;
    }

    /** Returns how many stalled summaries were looked at. */
    public int recover() {
        var stalled = summaries.findStalledIds(clock.instant().minus(STALLED_AFTER));
        for (var sessionId : stalled) {
            try {
                writing.writeOffline(sessionId, REASON);
            } catch (RuntimeException e) {
                log.warn("Could not end the stalled summary of session {}: {}", sessionId, e.toString());
            }
        }
        if (!stalled.isEmpty()) {
            log.info("Ended {} stalled session summaries with the offline summary", stalled.size());
        }
        return stalled.size();
    }
}
