package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewSessionRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * A short, non-identifying description of the candidate for the evaluator's calibration, taken once when an interview
 * starts and kept with it: from the candidate's profile when there is one ({@link CandidateDescription}), otherwise
 * from the interview history.
 */
@Component
class CandidateSummary {

    private final InterviewSessionRepository sessions;
    private final ObjectProvider<CandidateDescription> descriptions;

    CandidateSummary(InterviewSessionRepository sessions, ObjectProvider<CandidateDescription> descriptions) {
        this.sessions = sessions;
        this.descriptions = descriptions;
    }

    String of(UUID userId) {
        var description = descriptions.getIfAvailable();
        var described = description == null ? null : description.describe(userId);
        return described != null ? described : fromHistory(userId);
    }

    private String fromHistory(UUID userId) {
        var history = sessions.recentTotals(userId, Limit.of(20));
        if (history.isEmpty()) {
            return "A candidate practising for software engineering interviews; no completed interviews yet.";
        }
        var mean = history.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(history.size()), 1, RoundingMode.HALF_UP);
        return "A candidate practising for software engineering interviews; " + history.size()
                + " recent completed interviews with a mean score of " + mean + ".";
    }
}
