package com.mockmate.interview.domain;

/** Where the written summary of a completed interview stands. */
public enum SummaryStatus {
    /** Queued or being written in the background; the summary made at completion is shown meanwhile. */
    WRITING,
    /** Written, by the model or offline. */
    READY,
    /** The model could not write it after its retries: the offline summary stands in, with the reason kept. */
    FAILED
}
