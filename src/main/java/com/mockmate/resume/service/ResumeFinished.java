package com.mockmate.resume.service;

import com.mockmate.resume.domain.ResumeStatus;
import java.util.UUID;

/** A résumé's job has ended: READY or FAILED. Published inside the transaction that says so. */
public record ResumeFinished(UUID resumeId, UUID userId, ResumeStatus status) {}
