package com.mockmate.interview.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TurnScoreRepository extends JpaRepository<TurnScore, UUID> {

    Optional<TurnScore> findByTurnId(UUID turnId);

    List<TurnScore> findByTurnIdIn(Collection<UUID> turnIds);
}
