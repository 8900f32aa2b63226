package com.mockmate.resume.service;

import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.match.KeywordMatch;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One résumé with its content.
 *
 * @param content the JSON Resume document; {@code null} until READY (or when generating it failed)
 * @param keywordMatch the job description's key terms found and missing; {@code null} without a job description
 * @param provider who wrote it: "gemini", "openai", "ollama" or "offline"
 * @param edited whether the candidate has changed it since it was generated
 */
public record ResumeDetails(
        UUID id,
        ResumeStatus status,
        String targetRole,
        @Nullable String jobDescription,
        @Nullable ResumeContent content,
        @Nullable KeywordMatch keywordMatch,
        @Nullable String failureReason,
        @Nullable String provider,
        @Nullable String model,
        @Nullable String promptVersion,
        boolean edited,
        Instant createdAt,
        Instant updatedAt) {

    static ResumeDetails of(Resume resume) {
        return new ResumeDetails(
                resume.getId(),
                resume.getStatus(),
                resume.getTargetRole(),
                resume.getJobDescription(),
                resume.getContent(),
                resume.getKeywordMatch(),
                resume.getFailureReason(),
                resume.getProvider(),
                resume.getModel(),
                resume.getPromptVersion(),
                resume.isEdited(),
                resume.getCreatedAt(),
                resume.getUpdatedAt());
    }
}
