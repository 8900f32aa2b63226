package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Topic;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

public record TopicDraft(
        @Schema(example = "Kotlin") @NotBlank(message = "Name is required") @Size(max = Topic.NAME_MAX)
        String name,

        @Schema(example = "Coroutines, null safety and the standard library")
        @Size(max = Topic.DESCRIPTION_MAX)
        @Nullable
        String description,

        @Schema(description = "On update: the version you edited (or send If-Match instead)", example = "0") @Nullable
        Long version)
        implements Serializable {

    public TopicDraft(String name, @Nullable String description) {
        this(name, description, null);
    }
}
