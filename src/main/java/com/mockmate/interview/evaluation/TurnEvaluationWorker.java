package com.mockmate.interview.evaluation;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.live.InterviewRateLimits;
import com.mockmate.interview.live.SessionLock;
import com.mockmate.llm.PromptInjectionDetector;
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.scoring.GrammarChecker;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates one PENDING turn under the session's lock: loads its context once, measures the answer, asks the model
 * (outside any transaction) and records the outcome. Idempotent: a turn that is no longer PENDING is left alone, so
 * the fast path and the durable fallback job can both call it safely.
 */
@Component
public class TurnEvaluationWorker {

    private static final Logger log = LoggerFactory.getLogger(TurnEvaluationWorker.class);

    /** What happened when asked to evaluate. */
    public enum Result {
        DONE,
        NOTHING_TO_DO,
        BUSY
    }

    private final SessionLock lock;
    private final TurnContexts contexts;
    private final TurnEvaluationSteps steps;
    private final TurnDocumentFactory documents;
    private final TurnEvaluator evaluator;
    private final GrammarChecker grammarChecker;
    private final PromptInjectionDetector injectionDetector;
    private final InterviewRateLimits rateLimits;
    private final InterviewProperties properties;
    private final EvaluationLatency latency;
    private final Clock clock;

    TurnEvaluationWorker(
            SessionLock lock,
            TurnContexts contexts,
            TurnEvaluationSteps steps,
            TurnDocumentFactory documents,
            TurnEvaluator evaluator,
            GrammarChecker grammarChecker,
            PromptInjectionDetector injectionDetector,
            InterviewRateLimits rateLimits,
            InterviewProperties properties,
            EvaluationLatency latency,
            Clock clock) {
        this.lock = lock;
        this.contexts = contexts;
        this.steps = steps;
        this.documents = documents;
        this.evaluator = evaluator;
        this.grammarChecker = grammarChecker;
        this.injectionDetector = injectionDetector;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.latency = latency;
        this.clock = clock;
    }

    public Result evaluate(UUID sessionId, UUID turnId) {
        latency.started(turnId, clock.instant());
        var token = lock.tryAcquire(sessionId);
        if (token.isEmpty()) {
            return Result.BUSY;
        }
        try {
            var context = contexts.pending(turnId);
            if (context.isEmpty()) {
                return Result.NOTHING_TO_DO;
            }
            evaluate(context.get());
            return Result.DONE;
        } catch (RuntimeException e) {
            log.error("Evaluating turn {} failed unexpectedly; the fallback job will retry it", turnId, e);
            throw e;
        } finally {
            lock.release(sessionId, token.get());
        }
    }

    private void evaluate(TurnContext context) {
        var answer = context.answer();
        var evidence = new AnswerEvidence(
                grammarChecker.check(answer, context.vocabulary()), injectionDetector.detect(answer), clock.instant());
        if (!rateLimits.tryModelCall(context.userId())) {
            steps.fail(
                    context,
                    evidence,
                    "You have used today's " + properties.llmCallsPerDay() + " evaluations. Try again tomorrow.");
            return;
        }
        var outcome = evaluator.evaluate(documents.build(context, evidence.grammar()), context.turnId());
        steps.record(context, evidence, outcome);
    }
}
