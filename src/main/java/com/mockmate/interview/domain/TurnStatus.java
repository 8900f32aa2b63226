package com.mockmate.interview.domain;

/**
 * Text answers start at PENDING. Spoken answers start at TRANSCRIBING; when the candidate asked to review the
 * transcript they wait at AWAITING_REVIEW until it is confirmed, then continue as PENDING.
 */
public enum TurnStatus {
    TRANSCRIBING,
    AWAITING_REVIEW,
    PENDING,
    EVALUATED,
    FAILED;

    /** Not finished: the interview cannot take another answer, nor be finished, while a turn is open. */
    public boolean isOpen() {
        return this == TRANSCRIBING || this == AWAITING_REVIEW || this == PENDING;
    }
}
