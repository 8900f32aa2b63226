package com.mockmate.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;

/** LanguageTool's findings for one answer; shown to the candidate and sent to the evaluator as evidence. */
public record GrammarReport(
        @JsonProperty("word_count") int wordCount,
        @JsonProperty("issue_count") int issueCount,
        List<GrammarFinding> findings)
        implements Serializable {

    /** Issues per 100 words; 0 for an empty answer. */
    public double issuesPer100Words() {
        return wordCount == 0 ? 0 : issueCount * 100.0 / wordCount;
    }
}
