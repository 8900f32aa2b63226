package com.mockmate.interview.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

    @Query("select t from InterviewTurn t where t.spoken.audioKey is not null and t.createdAt < :cutoff")
    List<InterviewTurn> findWithRecordingCreatedBefore(Instant cutoff, Limit limit);
}
