package com.mockmate.interview.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterviewSessionRepository extends JpaRepository<InterviewSession, UUID> {

    Optional<InterviewSession> findByIdAndUserId(UUID id, UUID userId);

    /** Ownership alone, without loading the session's question snapshot. */
    boolean existsByIdAndUserId(UUID id, UUID userId);

    Optional<InterviewSession> findFirstByUserIdAndAssessmentIdAndStatusOrderByStartedAtDesc(
            UUID userId, UUID assessmentId, SessionStatus status);

    List<InterviewSession> findByUserIdAndStatusOrderByStartedAtAsc(UUID userId, SessionStatus status);

    /** Which of these sessions are practice sessions; the ids of the others are not returned. */
    @Query("SELECT s.id FROM InterviewSession s WHERE s.id IN :ids AND s.practiceOf IS NOT NULL")
    Set<UUID> practiceAmong(Collection<UUID> ids);

    long countByUserIdAndStatus(UUID userId, SessionStatus status);

    /**
     * The totals of the user's latest completed test interviews, newest first, without loading the sessions. Practice
     * sessions retry a single question and are left out.
     */
    @Query(
            "SELECT s.totalScore FROM InterviewSession s WHERE s.userId = :userId AND s.status = com.mockmate.interview.domain.SessionStatus.COMPLETED"
                    + " AND s.totalScore IS NOT NULL AND s.practiceOf IS NULL ORDER BY s.startedAt DESC")
    List<BigDecimal> recentTotals(UUID userId, Limit limit);

    /**
     * Waits for, then holds until the transaction ends, PostgreSQL's advisory lock on {@code (namespace, key)}: a
     * lock that needs no row, so that checks such as "how many interviews are open" and the insert that follows run
     * one user at a time on every instance.
     */
    @Query(value = "SELECT 1 FROM pg_advisory_xact_lock(:namespace, :key)", nativeQuery = true)
    int lockForTransaction(int namespace, int key);
}
