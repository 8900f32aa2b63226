package com.mockmate.llm;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.ReplyValidator.Invalid;
import com.mockmate.llm.ReplyValidator.Valid;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.ModelCall;
import com.mockmate.llm.calls.ModelCallLog;
import com.mockmate.remote.RemoteRetry;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Evaluates one answer with the selected model: call, validate, send a repair request per invalid reply (at most
 * {@code maxAttempts} replies in all), and retry transport failures through {@link RemoteRetry} (at most
 * {@code maxTransportRetries} per turn). A reply that never validates becomes {@link Failed}: this class never invents a score. It holds no
 * transaction while waiting for the model; every call is logged on its own.
 */
@Service
public class TurnEvaluator {

    private static final Logger log = LoggerFactory.getLogger(TurnEvaluator.class);

    private final InterviewerModel model;
    private final PromptBuilder prompts;
    private final ReplyValidator validator;
    private final ModelCallLog callLog;
    private final int maxAttempts;
    private final int maxTransportRetries;
    private final RemoteRetry retry;

    @Autowired
    TurnEvaluator(
            SelectedModel selected,
            PromptBuilder prompts,
            ReplyValidator validator,
            ModelCallLog callLog,
            LlmProperties properties) {
        this(selected.model(), prompts, validator, callLog, properties, RemoteRetry.of(properties.transportRetries()));
    }

    TurnEvaluator(
            InterviewerModel model,
            PromptBuilder prompts,
            ReplyValidator validator,
            ModelCallLog callLog,
            LlmProperties properties,
            RemoteRetry retry) {
        this.model = model;
        this.prompts = prompts;
        this.validator = validator;
        this.callLog = callLog;
        this.maxAttempts = properties.maxAttempts();
        this.maxTransportRetries = properties.maxTransportRetries();
        this.retry = retry;
    }

    /** "gemini", "openai", "ollama" or "offline": store it with the session. */
    public String provider() {
        return model.provider();
    }

    public String model() {
        return model.model();
    }

    public EvaluationOutcome evaluate(TurnDocument document) {
        return evaluate(document, null);
    }

    /** @param turnId only recorded in the call log */
    public EvaluationOutcome evaluate(TurnDocument document, @Nullable UUID turnId) {
        var run = new Run(turnId);
        try {
            return evaluate(prompts.firstRequest(document), Objects.requireNonNullElse(document.answerText(), ""), run);
        } catch (GaveUp e) {
            log.warn("Turn {} not evaluated by {} after {} calls: {}", turnId, provider(), run.calls, e.getMessage());
            return new Failed(e.getMessage(), provider(), model(), run.calls);
        }
    }

    private EvaluationOutcome evaluate(ModelRequest request, String answerText, Run run) throws GaveUp {
        String firstError = null;
        for (int reply = 1; reply <= maxAttempts; reply++) {
            var completion = complete(request, run);
            switch (validator.validate(completion.text(), answerText)) {
                case Valid(var parsed) -> {
                    run.log(CallOutcome.OK, completion, null);
                    return new Evaluated(parsed, provider(), model(), run.calls);
                }
                case Invalid(var errors) -> {
                    run.log(CallOutcome.INVALID_OUTPUT, completion, String.join("; ", errors));
                    firstError = firstError == null ? errors.getFirst() : firstError;
                    request = prompts.repairRequest(request, errors);
                }
            }
        }
        throw new GaveUp("The interviewer's reply could not be read after " + maxAttempts + " attempts: " + firstError);
    }

    /**
     * One completion, with the transport retries still left in the turn's budget: every call is logged as it ends, and
     * {@link RemoteRetry} decides whether to try again.
     */
    private ModelCompletion complete(ModelRequest request, Run run) throws GaveUp {
        try {
            return retry.call(
                    provider(), maxTransportRetries - run.retryableFailures + 1, () -> completeOnce(request, run));
        } catch (ModelCallException e) {
            if (!e.retryable()) {
                throw new GaveUp(e.getMessage());
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new GaveUp("The evaluation was interrupted while waiting to retry the " + label());
            }
            throw new GaveUp(
                    "The " + label() + " service did not answer (" + e.getMessage() + "; " + run.calls + " calls)");
        } catch (RuntimeException e) {
            log.error("The {} model failed unexpectedly", provider(), e);
            throw new GaveUp(
                    "The " + label() + " failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
    }

    private ModelCompletion completeOnce(ModelRequest request, Run run) {
        run.start();
        try {
            var completion = model.complete(request);
            run.stop();
            return completion;
        } catch (ModelCallException e) {
            run.stop();
            if (e.retryable()) {
                run.retryableFailures++;
            }
            run.log(e.retryable() ? CallOutcome.RETRYABLE_ERROR : CallOutcome.ERROR, null, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            run.stop();
            run.log(CallOutcome.ERROR, null, e.getClass().getSimpleName());
            throw e;
        }
    }

    private String label() {
        return switch (provider()) {
            case "gemini" -> "Gemini";
            case "openai" -> "OpenAI-compatible";
            case "ollama" -> "Ollama";
            case "offline" -> "offline evaluator";
            default -> provider();
        };
    }

    /** Ends the evaluation of a turn with a readable reason. */
    private static final class GaveUp extends Exception {

        private GaveUp(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The calls made for one turn, each logged once its outcome is known. */
    private final class Run {

        private final @Nullable UUID turnId;
        private int calls;
        private int retryableFailures;
        private long startedNanos;
        private long latencyMs;

        private Run(@Nullable UUID turnId) {
            this.turnId = turnId;
        }

        void start() {
            calls++;
            startedNanos = System.nanoTime();
        }

        void stop() {
            latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        }

        void log(CallOutcome outcome, @Nullable ModelCompletion completion, @Nullable String error) {
            var call = new ModelCall(
                    provider(),
                    model(),
                    latencyMs,
                    completion == null ? null : completion.promptTokens(),
                    completion == null ? null : completion.completionTokens(),
                    outcome,
                    error,
                    turnId);
            try {
                callLog.record(call);
            } catch (RuntimeException e) {
                TurnEvaluator.log.warn("Could not log a {} call ({}): {}", provider(), outcome, e.toString());
            }
        }
    }
}
