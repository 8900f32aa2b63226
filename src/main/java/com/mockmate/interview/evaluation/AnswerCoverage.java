package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.language.KeyPointCoverage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Key-point coverage of an answer, deterministic and the same as the offline evaluator's, whichever evaluator scored
 * the answer: comparing two attempts needs one measure for both. The question's words are given, as the offline
 * evaluator treats them.
 */
@Component
public class AnswerCoverage {

    private final KeyPointCoverage coverage;

    AnswerCoverage(KeyPointCoverage coverage) {
        this.coverage = coverage;
    }

    public KeyPointsCovered of(String answer, List<String> keyPoints, String questionText) {
        var measured = coverage.measure(answer, keyPoints, List.of(questionText));
        return new KeyPointsCovered(measured.covered(), measured.missed());
    }
}
