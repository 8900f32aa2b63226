package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlans;
import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.OpenSessionLimitException.OpenSession;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most MOCKMATE_MAX_OPEN_SESSIONS interviews in progress per candidate. Checked inside the transaction that creates
 * the session, under a per-user advisory lock held until it commits, so concurrent starts (on any instance) cannot
 * all see room for one more.
 */
@Component
class OpenSessionLimit {

    /** Keeps these advisory locks apart from any other use of PostgreSQL's advisory locks. */
    private static final int LOCK_NAMESPACE = 0x4d4d5301;

    private final InterviewSessionRepository sessions;
    private final InterviewPlans plans;
    private final InterviewProperties properties;

    OpenSessionLimit(InterviewSessionRepository sessions, InterviewPlans plans, InterviewProperties properties) {
        this.sessions = sessions;
        this.plans = plans;
        this.properties = properties;
    }

    /** Throws {@link OpenSessionLimitException} when the user has no room for another interview. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireRoomFor(UUID userId) {
        // Two users whose ids hash alike merely wait for each other.
        sessions.lockForTransaction(LOCK_NAMESPACE, userId.hashCode());
        if (sessions.countByUserIdAndStatus(userId, SessionStatus.IN_PROGRESS) < properties.maxOpenSessions()) {
            return;
        }
        var open = sessions.findByUserIdAndStatusOrderByStartedAtAsc(userId, SessionStatus.IN_PROGRESS);
        var titles = plans.titles(
                open.stream().map(InterviewSession::getAssessmentId).toList());
        throw new OpenSessionLimitException(
                properties.maxOpenSessions(),
                open.stream()
                        .map(s -> new OpenSession(
                                s.getId(),
                                s.getAssessmentId(),
                                titles.getOrDefault(s.getAssessmentId(), ""),
                                s.getStartedAt()))
                        .toList());
    }
}
