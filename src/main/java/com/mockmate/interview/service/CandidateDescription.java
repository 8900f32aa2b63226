package com.mockmate.interview.service;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Describes a candidate for the interviewer model's calibration, without contact data (name, email, phone, links).
 * The profile feature provides it; the interview only asks, so it depends on no profile code.
 */
public interface CandidateDescription {

    /** The description, or {@code null} when there is nothing to say yet (then the interview history is used). */
    @Nullable
    String describe(UUID userId);
}
