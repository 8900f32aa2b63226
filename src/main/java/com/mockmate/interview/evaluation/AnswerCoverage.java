package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.llm.offline.KeyPointEvidence;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Key-point coverage of an answer, deterministic and the same as the offline evaluator's (story parts of behavioural
 * key points included), whichever evaluator scored the answer: comparing two attempts, a report and progress need one
 * measure. The question's words are given, as the offline evaluator treats them.
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
                keyPoints.stream().filter(k -> !coveredBy.containsKey(k)).toList());
    }
}
