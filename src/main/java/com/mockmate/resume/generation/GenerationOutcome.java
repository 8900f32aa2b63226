package com.mockmate.resume.generation;

import com.mockmate.resume.domain.ResumeContent;

/**
 * What generating a résumé's content produced, and by what: the model's provider and name ("offline" for the offline
 * builder) and the prompt version, which the résumé row keeps either way.
 */
public sealed interface GenerationOutcome {

    String provider();

    String model();

    String promptVersion();

    record Generated(ResumeContent content, String provider, String model, String promptVersion)
            implements GenerationOutcome {}

    record Failed(String reason, String provider, String model, String promptVersion) implements GenerationOutcome {}
}
