package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterviewSessionRepository extends JpaRepository<InterviewSession, UUID> {

    Optional<InterviewSession> findByIdAndUserId(UUID id, UUID userId);

    Optional<InterviewSession> findFirstByUserIdAndAssessmentIdAndStatusOrderByStartedAtDesc(
            UUID userId, UUID assessmentId, SessionStatus status);

    List<InterviewSession> findByUserIdAndStatusOrderByStartedAtAsc(UUID userId, SessionStatus status);

    long countByUserIdAndStatus(UUID userId, SessionStatus status);

    /** The totals of the user's latest completed interviews, newest first, without loading the sessions. */
    @Query(
            "SELECT s.totalScore FROM InterviewSession s WHERE s.userId = :userId AND s.status = com.mockmate.interview.domain.SessionStatus.COMPLETED"
                    + " AND s.totalScore IS NOT NULL ORDER BY s.startedAt DESC")
    List<BigDecimal> recentTotals(UUID userId, Limit limit);

    /**
     * Waits for, then holds until the transaction ends, PostgreSQL's advisory lock on {@code (namespace, key)}: a
     * lock that needs no row, so that checks such as "how many interviews are open" and the insert that follows run
     * one user at a time on every instance.
     */
    @Query(value = "SELECT 1 FROM pg_advisory_xact_lock(:namespace, :key)", nativeQuery = true)
    int lockForTransaction(int namespace, int key);
}
