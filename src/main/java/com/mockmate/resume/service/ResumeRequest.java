package com.mockmate.resume.service;

import com.mockmate.base.domain.TextRules;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.resume.domain.Resume;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate asks a résumé for.
 *
 * @param targetRole the role it is aimed at, e.g. "Backend Engineer" (1–120 characters)
 * @param jobDescription the advertisement it should match, if any (at most 20,000 characters)
 */
public record ResumeRequest(String targetRole, @Nullable String jobDescription) {

    /**
     * The request as it is stored: whitespace tidied, a blank job description left out.
     *
     * @throws BadRequestException naming what is wrong, for the API and the screen alike
     */
    ResumeRequest checked() {
        return new ResumeRequest(targetRole(targetRole), jobDescription(jobDescription));
    }

    private static String targetRole(@Nullable String value) {
        var role = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (role.isEmpty()) {
            throw new BadRequestException("Say which role the résumé is for (targetRole).");
        }
        if (role.length() > Resume.TARGET_ROLE_MAX) {
            throw new BadRequestException(
                    "The target role is too long: at most " + Resume.TARGET_ROLE_MAX + " characters.");
        }
        var problem = TextRules.problem(role);
        if (problem != null) {
            throw new BadRequestException("The target role " + problem + ".");
        }
        return role;
    }

    private static @Nullable String jobDescription(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > Resume.JOB_DESCRIPTION_MAX) {
            throw new BadRequestException("The job description is too long: at most "
                    + String.format("%,d", Resume.JOB_DESCRIPTION_MAX) + " characters (it has "
                    + String.format("%,d", text.length()) + ").");
        }
        var problem = TextRules.problem(text);
        if (problem != null) {
            throw new BadRequestException("The job description " + problem + ".");
        }
        return text;
    }
}
