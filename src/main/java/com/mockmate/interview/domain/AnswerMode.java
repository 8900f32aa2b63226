package com.mockmate.interview.domain;

/** How the candidate answered. */
public enum AnswerMode {
    TEXT,
    VOICE
}
