package com.mockmate.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/** The only thing a model may answer: what the interviewer says next and the evaluation of the answer. */
public record InterviewerReply(
        @JsonProperty("interviewer_text") String interviewerText, ModelEvaluation evaluation) implements Serializable {}
