package com.mockmate.llm.summary;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A model's session summary once it has passed the schema and {@link SummaryValidator}'s checks. */
public record SummaryReply(
        @JsonProperty("overall_feedback") String overallFeedback,
        List<String> strengths,
        List<Improvement> improvements,
        @JsonProperty("recommended_next_topic") String recommendedNextTopic) {

    public SummaryReply {
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
    }

    public record Improvement(
            String improvement, @JsonProperty("next_step") String nextStep) {}

    SummaryReply withTopic(String topic) {
        return new SummaryReply(overallFeedback, strengths, improvements, topic);
    }
}
