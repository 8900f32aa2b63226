package com.mockmate.llm;

import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.CallPurpose;
import com.mockmate.llm.calls.ModelCall;
import com.mockmate.llm.calls.ModelCallLog;
import com.mockmate.remote.RemoteRetry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop every model call runs (a turn's evaluation, a session's summary): call, validate, send a repair request per
 * invalid reply (at most {@code maxAttempts} replies), retry transport failures through {@link RemoteRetry} (at most
 * {@code maxTransportRetries}), log every call on its own, and otherwise give up with a readable reason: never an
 * invented result. It holds no transaction while waiting for the model.
 */
public final class ValidatedCalls {

    private static final Logger log = LoggerFactory.getLogger(ValidatedCalls.class);

    private final InterviewerModel model;
    private final ModelCallLog callLog;
    private final int maxAttempts;
    private final int maxTransportRetries;
    private final RemoteRetry retry;

    public ValidatedCalls(InterviewerModel model, ModelCallLog callLog, LlmProperties properties, RemoteRetry retry) {
        this.model = model;
        this.callLog = callLog;
        this.maxAttempts = properties.maxAttempts();
        this.maxTransportRetries = properties.maxTransportRetries();
        this.retry = retry;
    }

    /** The calls of a model-written document (a summary, a résumé), retried as the settings say. */
    public static ValidatedCalls of(InterviewerModel model, ModelCallLog callLog, LlmProperties properties) {
        return new ValidatedCalls(model, callLog, properties, RemoteRetry.of(properties.transportRetries()));
    }

    /** What a validator made of one reply. */
    public sealed interface Check<T> {

        record Valid<T>(T value) implements Check<T> {}

        record Invalid<T>(List<String> errors) implements Check<T> {

            public Invalid {
                errors = List.copyOf(errors);
            }
        }
    }

    /** A validated reply, or why there is none; {@code calls} counts every call made, retries and repairs included. */
    public sealed interface Result<T> {

        int calls();

        record Done<T>(T value, int calls) implements Result<T> {}

        record GaveUp<T>(String reason, int calls) implements Result<T> {}
    }

    /**
     * What the calls are for, in the reasons given up with and in the call log.
     *
     * @param reply names the reply, e.g. "The summary"
     * @param work names the work, e.g. "evaluation"
     */
    public record Subject(
            String reply,
            String work,
            CallPurpose purpose,
            @Nullable UUID sessionId,
            @Nullable UUID turnId,
            @Nullable UUID resumeId) {

        public static Subject turn(@Nullable UUID turnId) {
            return new Subject("The interviewer's reply", "evaluation", CallPurpose.TURN, null, turnId, null);
        }

        public static Subject summary(UUID sessionId) {
            return new Subject("The summary", "summary", CallPurpose.SUMMARY, sessionId, null, null);
        }

        public static Subject resume(UUID resumeId) {
            return new Subject("The résumé", "résumé", CallPurpose.RESUME, null, null, resumeId);
        }

        /** The turn, session or résumé the calls are for, for the log. */
        @Nullable
        UUID id() {
            return turnId != null ? turnId : sessionId != null ? sessionId : resumeId;
        }
    }

    public InterviewerModel model() {
        return model;
    }

    public <T> Result<T> call(ModelRequest first, Function<String, Check<T>> validator, Subject subject) {
        var run = new Run(subject);
        var request = first;
        String firstError = null;
        try {
            for (int reply = 1; reply <= maxAttempts; reply++) {
                var completion = complete(request, run);
                switch (validator.apply(completion.text())) {
                    case Check.Valid<T>(var value) -> {
                        run.log(CallOutcome.OK, completion, null);
                        return new Result.Done<>(value, run.calls);
                    }
                    case Check.Invalid<T>(var errors) -> {
                        run.log(CallOutcome.INVALID_OUTPUT, completion, String.join("; ", errors));
                        firstError = firstError == null ? errors.getFirst() : firstError;
                        request = request.repaired(errors);
                    }
                }
            }
            throw new GaveUp(subject.reply() + " could not be read after " + maxAttempts + " attempts: " + firstError);
        } catch (GaveUp e) {
            log.warn(
                    "{} ({}) given up with {} after {} calls: {}",
                    subject.work(),
                    subject.id(),
                    model.provider(),
                    run.calls,
                    e.getMessage());
            return new Result.GaveUp<>(e.getMessage(), run.calls);
        }
    }

    /**
     * One completion, with the transport retries still left in the budget: every call is logged as it ends, and
     * {@link RemoteRetry} decides whether to try again.
     */
    private ModelCompletion complete(ModelRequest request, Run run) throws GaveUp {
        try {
            return retry.call(
                    model.provider(),
                    maxTransportRetries - run.retryableFailures + 1,
                    () -> completeOnce(request, run));
        } catch (ModelCallException e) {
            if (!e.retryable()) {
                throw new GaveUp(e.getMessage());
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new GaveUp(
                        "The " + run.subject.work() + " was interrupted while waiting to retry the " + label());
            }
            throw new GaveUp(
                    "The " + label() + " service did not answer (" + e.getMessage() + "; " + run.calls + " calls)");
        } catch (RuntimeException e) {
            log.error("The {} model failed unexpectedly", model.provider(), e);
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
        return switch (model.provider()) {
            case "gemini" -> "Gemini";
            case "openai" -> "OpenAI-compatible";
            case "ollama" -> "Ollama";
            case "offline" -> "offline evaluator";
            default -> model.provider();
        };
    }

    /** Ends the calls with a readable reason. */
    private static final class GaveUp extends Exception {

        private GaveUp(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The calls made for one result, each logged once its outcome is known. */
    private final class Run {

        private final Subject subject;
        private int calls;
        private int retryableFailures;
        private long startedNanos;
        private long latencyMs;

        private Run(Subject subject) {
            this.subject = subject;
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
                    model.provider(),
                    model.model(),
                    latencyMs,
                    completion == null ? null : completion.promptTokens(),
                    completion == null ? null : completion.completionTokens(),
                    outcome,
                    error,
                    subject.turnId(),
                    subject.purpose(),
                    subject.sessionId(),
                    subject.resumeId());
            try {
                callLog.record(call);
            } catch (RuntimeException e) {
                ValidatedCalls.log.warn("Could not log a {} call ({}): {}", model.provider(), outcome, e.toString());
            }
        }
    }
}
