package com.mockmate.assessment.service;

import com.mockmate.assessment.domain.Assessment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the builder and the API submit: a title and either the questions in order or draw rules (on creation only),
 * plus the version edited when updating.
 */
public record AssessmentDraft(
        @Schema(example = "Backend Developer Screening")
        @NotBlank(message = "Title is required")
        @Size(max = Assessment.TITLE_MAX)
        String title,

        @Schema(example = "Java, SQL and one design question") @Size(max = Assessment.DESCRIPTION_MAX) @Nullable
        String description,

        @Schema(example = "30") @Nullable @Min(1) @Max(240) Integer timeLimitMinutes,

        @Schema(description = "Question ids in interview order") @Nullable @Size(max = MAX_QUESTIONS)
        List<UUID> questionIds,

        @Schema(description = "Alternative to questionIds: draw questions at random, once") @Nullable @Size(max = 20)
        List<@Valid DrawRule> rules,

        @Schema(description = "On update: the version you edited (or send If-Match instead)", example = "0") @Nullable
        Long version)
        implements Serializable {

    public static final int MAX_QUESTIONS = 50;

    public static AssessmentDraft ofQuestions(
            String title, @Nullable String description, @Nullable Integer timeLimitMinutes, List<UUID> questionIds) {
        return new AssessmentDraft(title, description, timeLimitMinutes, questionIds, null, null);
    }
}
