package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.LiveEvent;
import com.mockmate.interview.domain.WrittenSummaryRepository;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written summaries of completed interviews, for their owners: the results screen, the report and its PDF. A
 * session has none while it runs, and a practice session never has one. Screens hear that a summary is ready through
 * {@link LiveInterviewEvents} ({@link LiveEvent#SUMMARY_WRITTEN}).
 */
@Service
public class SessionSummaries {

    private final InterviewSessionRepository sessions;
    private final WrittenSummaryRepository summaries;

    SessionSummaries(InterviewSessionRepository sessions, WrittenSummaryRepository summaries) {
        this.sessions = sessions;
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    public Optional<WrittenSummaryDetails> of(AuthenticatedUser actor, UUID sessionId) {
        return ofOwner(actor.id(), sessionId);
    }

    /** For work done on the owner's behalf: the report's PDF, a share link the owner made. */
    @Transactional(readOnly = true)
    public Optional<WrittenSummaryDetails> ofOwner(UUID userId, UUID sessionId) {
        return sessions.findByIdAndUserId(sessionId, userId)
                .flatMap(session -> summaries.findById(sessionId))
                .map(WrittenSummaryDetails::of);
    }
}
