package com.mockmate.resume.match;

import java.io.Serializable;
import java.util.List;

/**
 * How well a résumé covers a job description's key terms.
 *
 * @param found the job's key terms that the résumé contains, as the job writes them, most important first
 * @param missing the job's key terms the résumé lacks, most important first
 * @param percentage found / (found + missing), rounded, 0–100
 */
public record KeywordMatch(List<String> found, List<String> missing, int percentage) implements Serializable {

    public KeywordMatch {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
    }
}
