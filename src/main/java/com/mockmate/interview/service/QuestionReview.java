package com.mockmate.interview.service;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a finished interview reveals about one question: which key points the evaluated answers covered, taken
 * together, which they missed, and an example answer.
 *
 * @param exampleAnswer the question bank's reference answer; absent when it has none
 */
public record QuestionReview(
        int position,
        List<String> keyPointsCovered,
        List<String> keyPointsMissed,
        @Nullable String exampleAnswer) implements Serializable {

    public QuestionReview {
        keyPointsCovered = List.copyOf(keyPointsCovered);
        keyPointsMissed = List.copyOf(keyPointsMissed);
    }
}
