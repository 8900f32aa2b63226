package com.mockmate.language;

import java.util.List;

/** Which of a question's key points an answer covers; {@code ratio} is covered / all, 0 when there are none. */
public record Coverage(List<String> covered, List<String> missed, double ratio) {

    public Coverage {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
    }

    public int total() {
        return covered.size() + missed.size();
    }
}
