package com.mockmate.report.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShareLinkRepository extends JpaRepository<ShareLink, UUID> {

    Optional<ShareLink> findByTokenHash(String tokenHash);

    Optional<ShareLink> findByIdAndUserId(UUID id, UUID userId);

    List<ShareLink> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
