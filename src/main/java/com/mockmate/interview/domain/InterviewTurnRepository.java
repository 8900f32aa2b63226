package com.mockmate.interview.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewTurnRepository extends JpaRepository<InterviewTurn, UUID> {

    List<InterviewTurn> findBySessionIdOrderByPositionAsc(UUID sessionId);

    Optional<InterviewTurn> findBySessionIdAndClientTurnId(UUID sessionId, String clientTurnId);

    Optional<InterviewTurn> findByIdAndSessionId(UUID id, UUID sessionId);

    boolean existsBySessionIdAndStatusIn(UUID sessionId, List<TurnStatus> statuses);

    List<InterviewTurn> findByStatusInAndUpdatedAtBefore(List<TurnStatus> statuses, Instant cutoff);
}
