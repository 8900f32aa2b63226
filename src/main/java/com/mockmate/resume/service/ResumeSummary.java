package com.mockmate.resume.service;

import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.domain.ResumeStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A résumé in the candidate's list of versions. */
public record ResumeSummary(
        UUID id,
        ResumeStatus status,
        String targetRole,
        boolean hasJobDescription,
        @Nullable Integer keywordMatchPercentage,
        @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    static ResumeSummary of(Resume resume) {
        var match = resume.getKeywordMatch();
        return new ResumeSummary(
                resume.getId(),
                resume.getStatus(),
                resume.getTargetRole(),
                resume.getJobDescription() != null,
                match == null ? null : match.percentage(),
                resume.getFailureReason(),
                resume.getCreatedAt(),
                resume.getUpdatedAt());
    }
}
