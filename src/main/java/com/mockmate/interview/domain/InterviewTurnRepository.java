package com.mockmate.interview.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface InterviewTurnRepository extends JpaRepository<InterviewTurn, UUID> {

    List<InterviewTurn> findBySessionIdOrderByPositionAsc(UUID sessionId);

    Optional<InterviewTurn> findBySessionIdAndClientTurnId(UUID sessionId, String clientTurnId);

    Optional<InterviewTurn> findByIdAndSessionId(UUID id, UUID sessionId);

    boolean existsBySessionIdAndStatusIn(UUID sessionId, List<TurnStatus> statuses);

    List<InterviewTurn> findByStatusInAndUpdatedAtBefore(List<TurnStatus> statuses, Instant cutoff);

    @Query("""
            select t from InterviewTurn t
            where t.spoken.audioKey is not null
              and t.sessionId in (select s.id from InterviewSession s where s.userId = :userId)""")
    List<InterviewTurn> findWithRecordingOfUser(UUID userId);

    /** Every answer (follow-ups included) the user gave to this question, in any of their sessions. */
    @Query("""
            select t from InterviewTurn t
            where t.questionId = :questionId
              and t.sessionId in (select s.id from InterviewSession s where s.userId = :userId)
            order by t.createdAt desc, t.position asc""")
    List<InterviewTurn> findByUserAndQuestion(UUID userId, UUID questionId);

    /** Per question, in how many of the user's sessions it has an evaluated answer: {@code [questionId, count]}. */
    @Query("""
            select t.questionId, count(distinct t.sessionId) from InterviewTurn t
            where t.questionId in :questionIds
              and t.status = com.mockmate.interview.domain.TurnStatus.EVALUATED
              and t.sessionId in (select s.id from InterviewSession s where s.userId = :userId)
            group by t.questionId""")
    List<Object[]> countAttempts(UUID userId, Collection<UUID> questionIds);

    @Query("select t from InterviewTurn t where t.spoken.audioKey is not null and t.createdAt < :cutoff")
    List<InterviewTurn> findWithRecordingCreatedBefore(Instant cutoff, Limit limit);

    /** Counts (or, with a negative delta, takes back) a recovery attempt; the version is left alone on purpose. */
    @Transactional
    @Modifying
    @Query("update InterviewTurn t set t.recoveryAttempts = t.recoveryAttempts + :delta where t.id = :id")
    int addRecoveryAttempts(UUID id, int delta);

    @Modifying
    @Query("update InterviewTurn t set t.recoveryAttempts = 0 where t.id = :id")
    int resetRecoveryAttempts(UUID id);
}
