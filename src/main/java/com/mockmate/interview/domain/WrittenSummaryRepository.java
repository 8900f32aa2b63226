package com.mockmate.interview.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrittenSummaryRepository extends JpaRepository<WrittenSummary, UUID> {}
