package com.mockmate.resume.generation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** SKELETON: the helper building generation replaces this body. */
@Service
public class ResumeGenerator {

    public GenerationOutcome generate(UUID resumeId, UUID userId, String targetRole, @Nullable String jobDescription) {
        throw new UnsupportedOperationException("not built yet");
    }
}
