package com.mockmate.interview.evaluation;

import com.mockmate.llm.TurnEvaluator;
import org.springframework.stereotype.Component;

/** Which model provider evaluates answers, for a new session to record (only this package talks to {@code llm}). */
@Component
public class EvaluatorInUse {

    private final TurnEvaluator evaluator;

    EvaluatorInUse(TurnEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** "gemini", "openai", "ollama" or "offline". */
    public String provider() {
        return evaluator.provider();
    }
}
