package com.mockmate.report.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportPdfRepository extends JpaRepository<ReportPdf, UUID> {

    Optional<ReportPdf> findByIdAndUserId(UUID sessionId, UUID userId);
}
