package com.mockmate.llm.calls;

/** How one model call ended. */
public enum CallOutcome {
    /** The reply passed schema validation. */
    OK,
    /** The model answered, but not with JSON matching the schema. */
    INVALID_OUTPUT,
    /** 429, 5xx, timeout or connection failure: another attempt may succeed. */
    RETRYABLE_ERROR,
    /** A failure another attempt will not fix (bad key, unknown model, blocked content). */
    ERROR
}
