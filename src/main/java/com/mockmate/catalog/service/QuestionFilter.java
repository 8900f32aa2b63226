package com.mockmate.catalog.service;

import com.mockmate.catalog.domain.Difficulty;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** Narrows the question list: any of difficulty, a tag and a text fragment. */
public record QuestionFilter(
        @Nullable Difficulty difficulty,
        @Nullable String tag,
        @Nullable String text) implements Serializable {

    public static QuestionFilter none() {
        return new QuestionFilter(null, null, null);
    }
}
