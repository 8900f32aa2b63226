package com.mockmate.interview.domain;

public enum SessionStatus {
    IN_PROGRESS,
    COMPLETED,
    ABANDONED
}
