package com.mockmate.resume.service;

import org.jspecify.annotations.Nullable;

/**
 * What a candidate asks a résumé for.
 *
 * @param targetRole the role it is aimed at, e.g. "Backend Engineer" (1–120 characters)
 * @param jobDescription the advertisement it should match, if any (at most 20,000 characters)
 */
public record ResumeRequest(String targetRole, @Nullable String jobDescription) {}
