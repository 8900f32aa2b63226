package com.mockmate.assessment.service;

import com.mockmate.catalog.domain.Difficulty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** "Draw {count} questions of {difficulty} from {topic}": resolved once, when the assessment is created. */
public record DrawRule(
        @Schema(example = "6f7e8d9c-0b1a-4c2d-8e3f-4a5b6c7d8e9f") @NotNull
        UUID topicId,

        @Schema(example = "MEDIUM", description = "Any difficulty when omitted") @Nullable
        Difficulty difficulty,

        @Schema(example = "2") @Min(1) @Max(50) int count)
        implements Serializable {}
