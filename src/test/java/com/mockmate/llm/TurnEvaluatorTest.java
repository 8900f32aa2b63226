package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.document;
import static com.mockmate.llm.LlmFixtures.properties;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.EvaluationOutcome.Evaluated;
import com.mockmate.llm.EvaluationOutcome.Failed;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.LlmCall;
import com.mockmate.llm.calls.RecordingCallLog;
import com.mockmate.remote.RemoteRetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evaluation loop itself, with a scripted model: every provider, the offline one included, goes through it. */
class TurnEvaluatorTest {

    private final RecordingCallLog callLog = new RecordingCallLog();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ScriptedModel model = new ScriptedModel();

    private TurnEvaluator evaluator() {
        return LlmFixtures.evaluator(model, callLog.log(), sleeps, properties(Duration.ofSeconds(5)));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void every_call_is_logged_with_the_turn_id_provider_model_and_outcome() {
        var turnId = UUID.randomUUID();
        model.then(() -> {
                    throw new ModelCallException("HTTP 503", true, null, null);
                })
                .then(() -> new ModelCompletion("not json", 900, 12))
                .then(() -> new ModelCompletion(validReplyJson(), 950, 200));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"), turnId);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Evaluated.class, e -> assertThat(e.attempts()).isEqualTo(3));
        assertThat(callLog.calls())
                .extracting(LlmCall::getOutcome)
                .containsExactly(CallOutcome.RETRYABLE_ERROR, CallOutcome.INVALID_OUTPUT, CallOutcome.OK);
        assertThat(callLog.calls()).allSatisfy(call -> {
            assertThat(call.getTurnId()).isEqualTo(turnId);
            assertThat(call.getProvider()).isEqualTo("offline");
            assertThat(call.getModel()).isEqualTo("scripted");
            assertThat(call.getLatencyMs()).isNotNegative();
        });
        assertThat(callLog.calls().get(0).getErrorMessage()).isEqualTo("HTTP 503");
        assertThat(callLog.calls().get(1).getErrorMessage()).startsWith("the reply is not valid JSON");
        assertThat(callLog.calls().get(2).getPromptTokens()).isEqualTo(950);
        assertThat(callLog.log().callsForTurn(turnId)).hasSize(3);
        assertThat(callLog.meters()
                        .get("mockmate.llm.calls")
                        .tag("outcome", "OK")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(callLog.meters()
                        .get("mockmate.llm.tokens")
                        .tag("kind", "prompt")
                        .counter()
                        .count())
                .isEqualTo(1850);
    }

    @Test
    void the_offline_evaluator_gets_the_same_validation_and_never_a_made_up_score() {
        model.then(() -> new ModelCompletion("{\"interviewer_text\": \"Thanks\"}", null, null))
                .then(() -> new ModelCompletion("{}", null, null))
                .then(() -> new ModelCompletion("{", null, null));

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.provider()).isEqualTo("offline");
            assertThat(failed.reason())
                    .isEqualTo(
                            "The interviewer's reply could not be read after 3 attempts: top level: required property"
                                    + " 'evaluation' not found");
        });
        assertThat(model.requests).hasSize(3);
        assertThat(model.requests.get(2).repairMessages()).hasSize(2);
    }

    @Test
    void a_broken_call_log_does_not_cost_the_candidate_their_evaluation() {
        callLog.breakDown();
        model.then(() -> new ModelCompletion(validReplyJson(), 1, 1));

        assertThat(evaluator().evaluate(document("volatile makes writes visible")))
                .isInstanceOf(Evaluated.class);
    }

    @Test
    void an_unexpected_exception_fails_the_turn_with_a_readable_reason() {
        model.then(() -> {
            throw new IllegalStateException("bug in a provider");
        });

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .isEqualTo("The offline evaluator failed unexpectedly (IllegalStateException)"));
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.ERROR);
    }

    @Test
    void transport_retries_are_one_budget_per_turn() {
        for (int i = 0; i < 2; i++) {
            model.then(() -> {
                throw new ModelCallException("HTTP 429", true, Duration.ofSeconds(1), null);
            });
        }
        model.then(() -> new ModelCompletion("nope", null, null));
        for (int i = 0; i < 2; i++) {
            model.then(() -> {
                throw new ModelCallException("HTTP 502", true, null, null);
            });
        }

        var outcome = evaluator().evaluate(document("volatile makes writes visible"));

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo("The offline evaluator service did not answer (HTTP 502; 5 calls)");
            assertThat(failed.attempts()).isEqualTo(5);
        });
        assertThat(sleeps).hasSize(3).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void an_interrupt_while_waiting_to_retry_ends_the_turn_and_keeps_the_interrupt() {
        model.then(() -> {
            throw new ModelCallException("HTTP 500", true, null, null);
        });
        var interrupting = LlmFixtures.evaluator(
                model,
                callLog.log(),
                properties(Duration.ofSeconds(5)),
                new RemoteRetry(properties(Duration.ofSeconds(5)).transportRetries(), new Random(1), planned -> {
                    Thread.currentThread().interrupt();
                    return Duration.ofSeconds(1);
                }));

        var outcome = interrupting.evaluate(document("volatile makes writes visible"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason())
                                .isEqualTo(
                                        "The evaluation was interrupted while waiting to retry the offline evaluator"));
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
