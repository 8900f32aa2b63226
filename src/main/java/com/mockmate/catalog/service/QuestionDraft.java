package com.mockmate.catalog.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.domain.Question;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The editable content of a question, as the API, the editor and the importer submit it, with the version edited. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionDraft(
        @Schema(example = "How does a HashMap find the value for a key?")
        @NotBlank(message = "Question text is required")
        @Size(max = Question.TEXT_MAX)
        String text,

        @Schema(example = "MEDIUM") @NotNull(message = "Difficulty is required (EASY, MEDIUM or HARD)")
        Difficulty difficulty,

        @Schema(example = "[\"hashCode selects the bucket\", \"equals resolves collisions\"]")
        @Size(max = MAX_KEY_POINTS, message = "At most " + MAX_KEY_POINTS + " key points")
        @Nullable
        List<@NotBlank @Size(max = KEY_POINT_MAX) String> keyPoints,

        @Schema(example = "The key's hashCode picks a bucket; equals finds the entry among collisions ...")
        @Size(max = Question.REFERENCE_ANSWER_MAX)
        @Nullable
        String referenceAnswer,

        @Schema(example = "[\"collections\", \"hashing\"]")
        @Size(max = MAX_TAGS, message = "At most " + MAX_TAGS + " tags")
        @Nullable
        List<@NotBlank @Size(max = TAG_MAX) String> tags,

        @Schema(example = "180") @Nullable @Min(10) @Max(3600)
        Integer timeLimitSeconds,

        @Schema(description = "On update: the version you edited (or send If-Match instead)", example = "0") @Nullable
        Long version)
        implements Serializable {

    public QuestionDraft(
            String text,
            Difficulty difficulty,
            @Nullable List<String> keyPoints,
            @Nullable String referenceAnswer,
            @Nullable List<String> tags,
            @Nullable Integer timeLimitSeconds) {
        this(text, difficulty, keyPoints, referenceAnswer, tags, timeLimitSeconds, null);
    }

    public static final int MAX_KEY_POINTS = 12;
    public static final int KEY_POINT_MAX = 300;
    public static final int MAX_TAGS = 10;
    public static final int TAG_MAX = 40;

    /** Trimmed text, no empty or duplicate key points, lower-case tags. */
    public QuestionDraft normalized() {
        return new QuestionDraft(
                text.trim(),
                difficulty,
                keyPoints == null
                        ? List.of()
                        : keyPoints.stream()
                                .map(String::trim)
                                .filter(p -> !p.isEmpty())
                                .distinct()
                                .toList(),
                referenceAnswer == null || referenceAnswer.isBlank() ? null : referenceAnswer.trim(),
                tags == null
                        ? List.of()
                        : tags.stream()
                                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                                .filter(t -> !t.isEmpty())
                                .distinct()
                                .toList(),
                timeLimitSeconds,
                version);
    }

    public List<String> keyPointsOrEmpty() {
        return keyPoints == null ? List.of() : keyPoints;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }
}
