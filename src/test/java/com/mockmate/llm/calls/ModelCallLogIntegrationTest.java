package com.mockmate.llm.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.SelectedModel;
import com.mockmate.llm.TurnEvaluator;
import com.mockmate.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The call log against the real schema (migration 007 + entity mapping) and the start-up model selection. */
@IntegrationTest
class ModelCallLogIntegrationTest {

    private final UUID turnId = UUID.randomUUID();

    @Autowired
    private ModelCallLog callLog;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SelectedModel selected;

    @Autowired
    private TurnEvaluator evaluator;

    @AfterEach
    void removeTestCalls() {
        jdbc.update("DELETE FROM llm_calls WHERE turn_id = ?", turnId);
    }

    @Test
    void a_call_is_recorded_even_when_the_caller_rolls_back() {
        transactions.executeWithoutResult(status -> {
            callLog.record(new ModelCall(
                    "gemini",
                    "gemini-2.5-flash",
                    812,
                    1850,
                    212,
                    CallOutcome.INVALID_OUTPUT,
                    "x".repeat(1200),
                    turnId,
                    CallPurpose.TURN,
                    null,
                    null));
            status.setRollbackOnly();
        });
        callLog.record(new ModelCall(
                "gemini",
                "gemini-2.5-flash",
                640,
                1900,
                230,
                CallOutcome.OK,
                null,
                turnId,
                CallPurpose.TURN,
                null,
                null));

        var calls = callLog.callsForTurn(turnId);
        assertThat(calls).extracting(LlmCall::getOutcome).containsExactly(CallOutcome.INVALID_OUTPUT, CallOutcome.OK);
        assertThat(calls.getFirst().getErrorMessage()).hasSize(LlmCall.ERROR_MESSAGE_MAX);
        assertThat(calls.getFirst().getLatencyMs()).isEqualTo(812);
        assertThat(calls.getLast().getCompletionTokens()).isEqualTo(230);
    }

    @Test
    void a_resume_call_is_recorded_with_its_purpose_and_resume() {
        var resumeId = UUID.randomUUID();
        try {
            callLog.record(new ModelCall(
                    "openai",
                    "gpt-4.1-mini",
                    900,
                    2400,
                    800,
                    CallOutcome.OK,
                    null,
                    null,
                    CallPurpose.RESUME,
                    null,
                    resumeId));

            assertThat(callLog.callsForResume(resumeId)).singleElement().satisfies(call -> {
                assertThat(call.getPurpose()).isEqualTo(CallPurpose.RESUME);
                assertThat(call.getResumeId()).isEqualTo(resumeId);
                assertThat(call.getTurnId()).isNull();
            });
        } finally {
            jdbc.update("DELETE FROM llm_calls WHERE resume_id = ?", resumeId);
        }
    }

    @Test
    void one_model_is_selected_at_start_up_and_used_by_the_evaluator() {
        assertThat(selected.model().provider()).isIn("gemini", "ollama", "offline");
        assertThat(selected.reason()).isNotBlank();
        assertThat(evaluator.provider()).isEqualTo(selected.model().provider());
        assertThat(evaluator.model()).isEqualTo(selected.model().model());
    }
}
