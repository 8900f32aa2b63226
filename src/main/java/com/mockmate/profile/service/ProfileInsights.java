package com.mockmate.profile.service;

import com.mockmate.interview.service.DeliveryHistory;
import com.mockmate.progress.service.ProgressFilter;
import com.mockmate.progress.service.ProgressService;
import com.mockmate.user.domain.AuthenticatedUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verified insights of a candidate: computed from their completed interviews by the insight job after each one,
 * read by the profile, the public page, the interviewer's candidate summary and the résumé.
 */
@Service
public class ProfileInsights {

    private final ProgressService progress;
    private final DeliveryHistory deliveries;
    private final InsightsStore store;
    private final Clock clock;

    ProfileInsights(ProgressService progress, DeliveryHistory deliveries, InsightsStore store, Clock clock) {
        this.progress = progress;
        this.deliveries = deliveries;
        this.store = store;
        this.clock = clock;
    }

    /** The last computed insights, or none before the first completed interview. */
    @Transactional(readOnly = true)
    public Insights of(UUID userId) {
        return store.find(userId).orElseGet(Insights::none);
    }

    @Transactional(readOnly = true)
    public Insights mine(AuthenticatedUser actor) {
        return of(actor.id());
    }

    /**
     * Recomputes everything from the whole history, so running it twice for one interview, or out of order, leaves
     * the same result.
     *
     * @param sessionId the interview whose completion asked for it, kept for tracing
     */
    @Transactional
    public Insights recompute(UUID userId, UUID sessionId) {
        var now = clock.instant();
        var insights = new InsightsCalculator(clock.getZone())
                .insights(progress.progressOf(userId, ProgressFilter.ALL), deliveries.perSession(userId), now);
        store.save(userId, insights, sessionId, now);
        return insights;
    }
}
