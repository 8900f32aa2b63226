package com.mockmate.llm;

/** The interviewer model chosen at start-up, and why (for the start-up log; never contains a key). */
public record SelectedModel(InterviewerModel model, String reason) {}
