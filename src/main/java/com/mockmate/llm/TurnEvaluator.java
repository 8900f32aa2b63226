package com.mockmate.llm;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.ValidatedCalls.Check;
import com.mockmate.llm.ValidatedCalls.Result;
import com.mockmate.llm.calls.ModelCallLog;
import com.mockmate.remote.RemoteRetry;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Evaluates one answer with the selected model through {@link ValidatedCalls}: a reply that never validates, quotes
 * included, becomes {@link Failed}: this class never invents a score.
 */
@Service
public class TurnEvaluator {

    private final PromptBuilder prompts;
    private final ReplyValidator validator;
    private final ValidatedCalls calls;

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
        this.prompts = prompts;
        this.validator = validator;
        this.calls = new ValidatedCalls(model, callLog, properties, retry);
    }

    /** "gemini", "openai", "ollama" or "offline": store it with the session. */
    public String provider() {
        return calls.model().provider();
    }

    public String model() {
        return calls.model().model();
    }

    public EvaluationOutcome evaluate(TurnDocument document) {
        return evaluate(document, null);
    }

    /** @param turnId only recorded in the call log */
    public EvaluationOutcome evaluate(TurnDocument document, @Nullable UUID turnId) {
        var answerText = Objects.requireNonNullElse(document.answerText(), "");
        var result = calls.call(
                prompts.firstRequest(document), text -> check(text, answerText), ValidatedCalls.Subject.turn(turnId));
        return switch (result) {
            case Result.Done<InterviewerReply>(var reply, var count) ->
                new Evaluated(reply, provider(), model(), count);
            case Result.GaveUp<InterviewerReply>(var reason, var count) ->
                new Failed(reason, provider(), model(), count);
        };
    }

    private Check<InterviewerReply> check(String text, String answerText) {
        return switch (validator.validate(text, answerText)) {
            case ReplyValidator.Valid(var reply) -> new Check.Valid<>(reply);
            case ReplyValidator.Invalid(var errors) -> new Check.Invalid<>(errors);
        };
    }
}
