package com.mockmate.interview.domain;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a written summary says (the {@code content} JSONB column): the overall feedback, three strengths, three
 * improvements each with a concrete next step, and the catalog topic to practise next.
 */
public record SummaryContent(
        String overallFeedback,
        List<String> strengths,
        List<Improvement> improvements,
        @Nullable String recommendedNextTopic)
        implements Serializable {

    public SummaryContent {
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
    }

    public record Improvement(String improvement, String nextStep) implements Serializable {}
}
