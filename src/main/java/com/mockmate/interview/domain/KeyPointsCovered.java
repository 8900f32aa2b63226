package com.mockmate.interview.domain;

import java.io.Serializable;
import java.util.List;

/** Which of a question's key points an answer covers, as the offline evaluator decides it; the rest are missed. */
public record KeyPointsCovered(List<String> covered, List<String> missed) implements Serializable {

    public KeyPointsCovered {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
    }
}
