package com.mockmate.interview.evaluation;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Carries a turn on from wherever it stands: a spoken answer is transcribed first, then any PENDING answer is
 * evaluated. Both steps are idempotent on the turn's status, so the fast path and the fallback job can both run it.
 */
@Component
public class TurnPipeline {

    private final TurnTranscriptionWorker transcription;
    private final TurnEvaluationWorker evaluation;

    TurnPipeline(TurnTranscriptionWorker transcription, TurnEvaluationWorker evaluation) {
        this.transcription = transcription;
        this.evaluation = evaluation;
    }

    /** DONE when either step moved the turn on (a recording that failed to transcribe has nothing to evaluate). */
    public TurnEvaluationWorker.Result advance(UUID sessionId, UUID turnId) {
        var transcribed = transcription.transcribe(turnId);
        if (transcribed == TurnEvaluationWorker.Result.BUSY) {
            return TurnEvaluationWorker.Result.BUSY;
        }
        var evaluated = evaluation.evaluate(sessionId, turnId);
        return evaluated == TurnEvaluationWorker.Result.NOTHING_TO_DO ? transcribed : evaluated;
    }

    TurnEvaluationWorker.Result evaluate(UUID sessionId, UUID turnId) {
        return evaluation.evaluate(sessionId, turnId);
    }
}
