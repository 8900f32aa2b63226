package com.mockmate.resume.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResumeRepository extends JpaRepository<Resume, UUID> {

    Optional<Resume> findByIdAndUserId(UUID id, UUID userId);

    List<Resume> findByUserIdOrderByCreatedAtDesc(UUID userId);

    long countByUserIdAndStatusIn(UUID userId, List<ResumeStatus> statuses);
}
