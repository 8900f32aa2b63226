package com.mockmate.assessment.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    List<Assessment> findByStatusOrderByTitleAsc(AssessmentStatus status);

    boolean existsByTitleIgnoreCase(String title);

    boolean existsByTitleIgnoreCaseAndIdNot(String title, UUID id);

    @Query("""
            select a from Assessment a
            where (:status is null or a.status = :status)
              and (:q is null or lower(a.title) like lower(concat('%', cast(:q as string), '%')))
            """)
    Page<Assessment> search(@Param("q") String query, @Param("status") AssessmentStatus status, Pageable pageable);

    /** Whether a candidate has started an interview on it; asked in SQL so assessments need no interview code. */
    @Query(value = "select exists (select 1 from interview_sessions where assessment_id = :id)", nativeQuery = true)
    boolean hasInterviews(@Param("id") UUID id);
}
