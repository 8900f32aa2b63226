package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.llm.offline.KeyPointEvidence;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Key-point coverage of an answer, deterministic and the offline evaluator's own measure (story parts of behavioural
 * questions included, sentences addressed to the evaluator left out), whichever evaluator scored the answer: comparing
 * two attempts needs one measure for both, and the results page, the report and progress must agree. The question's words
 * are given, as the offline evaluator treats them.
 */
@Component
public class AnswerCoverage {

    private final KeyPointEvidence evidence;

    AnswerCoverage(KeyPointEvidence evidence) {
        this.evidence = evidence;
    }

    public KeyPointsCovered of(String answer, List<String> keyPoints, String questionText) {
        var coveredBy = evidence.coveredBy(answer, questionText, keyPoints);
        return new KeyPointsCovered(
                List.copyOf(coveredBy.keySet()),
                keyPoints.stream()
                        .filter(keyPoint -> !coveredBy.containsKey(keyPoint))
                        .toList());
    }
}
