package com.mockmate.profile.job;

import com.mockmate.profile.service.ProfileInsights;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/** Recomputes a candidate's verified insights after one of their interviews was completed. */
@Component
public class ProfileInsightsJob {

    private final ProfileInsights insights;

    ProfileInsightsJob(ProfileInsights insights) {
        this.insights = insights;
    }

    @Job(name = "Recompute the profile insights of user %0 after session %1", retries = 3)
    public void recompute(UUID userId, UUID sessionId) {
        insights.recompute(userId, sessionId);
    }
}
