package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.scoring.GrammarReport;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which key points an answer covers and the sentence that covers each, measured exactly as the offline evaluator
 * measures them (shared words, and the parts of a story for behavioural key points), so that a report never
 * contradicts the justification it shows beside it.
 */
@Component
public class KeyPointEvidence {

    private static final GrammarReport NOT_CHECKED = new GrammarReport(0, 0, List.of());

    private final AnswerMeasurer measurer;

    KeyPointEvidence(KeyPointCoverage coverage) {
        this.measurer = new AnswerMeasurer(coverage);
    }

    /** Covered key point to the sentence that covers it, in the key points' order. */
    public Map<String, String> coveredBy(String answer, String questionText, List<String> keyPoints) {
        var scope = new QuestionScope(keyPoints, List.of(questionText), null, false);
        return measurer.measure(answer, scope, NOT_CHECKED).coveredBy();
    }
}
