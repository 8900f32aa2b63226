package com.mockmate.interview.domain;

/** TRANSCRIBING is used by spoken answers (speech to text runs first); text answers start at PENDING. */
public enum TurnStatus {
    TRANSCRIBING,
    PENDING,
    EVALUATED,
    FAILED
}
