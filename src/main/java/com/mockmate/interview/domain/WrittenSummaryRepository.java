package com.mockmate.interview.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WrittenSummaryRepository extends JpaRepository<WrittenSummary, UUID> {

    /** Summaries still being written that have not moved since {@code cutoff}, oldest first. */
    @Query("SELECT s.id FROM WrittenSummary s WHERE s.status = com.mockmate.interview.domain.SummaryStatus.WRITING"
            + " AND s.updatedAt < :cutoff ORDER BY s.updatedAt")
    List<UUID> findStalledIds(Instant cutoff);
}
