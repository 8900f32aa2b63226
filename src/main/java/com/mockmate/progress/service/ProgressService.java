package com.mockmate.progress.service;

import com.mockmate.interview.service.ScoreHistory;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A candidate's own progress over their completed interviews. Two reads: the per-topic scores of every interview (the
 * streak needs them all, the rest is filtered here) and the key points of weak answers in the chosen range.
 */
@Service
public class ProgressService {

    private final ScoreHistory history;
    private final Clock clock;

    ProgressService(ScoreHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public Progress progress(AuthenticatedUser actor, ProgressFilter filter) {
        return progressOf(actor.id(), filter);
    }

    /** For features that work on a candidate's behalf without a request, such as the profile's insight job. */
    public Progress progressOf(UUID userId, ProgressFilter filter) {
        var zone = clock.getZone();
        var from = filter.from() == null ? ProgressFilter.EARLIEST : filter.from();
        var to = filter.to() == null ? ProgressFilter.LATEST : filter.to();
        var rows = history.topicScores(userId);
        var weak = history.weakKeyPoints(
                userId,
                filter.topicId(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        return new ProgressCalculator(zone, LocalDate.now(clock)).progress(rows, weak, filter);
    }
}
