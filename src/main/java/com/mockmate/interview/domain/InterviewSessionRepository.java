package com.mockmate.interview.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewSessionRepository extends JpaRepository<InterviewSession, UUID> {

    Optional<InterviewSession> findByIdAndUserId(UUID id, UUID userId);

    Page<InterviewSession> findByUserIdOrderByStartedAtDesc(UUID userId, Pageable pageable);

    Optional<InterviewSession> findFirstByUserIdAndAssessmentIdAndStatusOrderByStartedAtDesc(
            UUID userId, UUID assessmentId, SessionStatus status);
}
