package com.mockmate.llm.calls;

/** What a model call was for. */
public enum CallPurpose {
    /** Evaluating one answer of an interview. */
    TURN,
    /** Writing the summary of a completed interview. */
    SUMMARY,
    /** Writing the content of an ATS résumé. */
    RESUME
}
