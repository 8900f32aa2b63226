package com.mockmate.llm.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.LlmFixtures;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ScriptedModel;
import com.mockmate.llm.ValidatedCalls;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.CallPurpose;
import com.mockmate.llm.calls.LlmCall;
import com.mockmate.llm.calls.RecordingCallLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The summary request with a scripted model: the checks a schema cannot make, repairs, failures and the call log. */
class SummaryWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> TOPICS = List.of("Java", "SQL & Databases");

    private final RecordingCallLog callLog = new RecordingCallLog();
    private final ScriptedModel model = new ScriptedModel();
    private final UUID sessionId = UUID.randomUUID();

    @Test
    void a_topic_spelled_differently_takes_the_catalogs_spelling_and_a_fence_is_tolerated() {
        model.then(() -> completion("```json\n" + MAPPER.writeValueAsString(reply("  sql &  DATABASES ")) + "\n```"));

        var outcome = writer().write(document(), sessionId);

        assertThat(outcome).isInstanceOfSatisfying(SummaryOutcome.Written.class, written -> {
            assertThat(written.reply().recommendedNextTopic()).isEqualTo("SQL & Databases");
            assertThat(written.calls()).isEqualTo(1);
        });
        assertThat(model.requests.getFirst().format()).isNotNull();
        assertThat(model.requests.getFirst().format().name()).isEqualTo("session_summary");
        assertThat(model.requests.getFirst().systemPrompt()).contains("prompt version summary-v1");
    }

    @Test
    void a_repeated_strength_is_sent_back_for_repair_without_quoting_the_reply() {
        var repeated = reply("Java");
        repeated.putArray("strengths")
                .add("Clear answers.")
                .add("clear  answers.")
                .add("Named the trade-offs.");
        model.then(() -> completion(MAPPER.writeValueAsString(repeated)))
                .then(() -> completion(MAPPER.writeValueAsString(reply("Java"))));

        var outcome = writer().write(document(), sessionId);

        assertThat(outcome).isInstanceOf(SummaryOutcome.Written.class);
        var repair = model.requests.get(1).repairMessages();
        assertThat(repair).hasSize(1);
        assertThat(repair.getFirst())
                .contains("/strengths: the three strengths must be different")
                .doesNotContain("Clear answers");
        assertThat(callLog.calls())
                .extracting(LlmCall::getOutcome)
                .containsExactly(CallOutcome.INVALID_OUTPUT, CallOutcome.OK);
        assertThat(callLog.calls()).allSatisfy(call -> {
            assertThat(call.getPurpose()).isEqualTo(CallPurpose.SUMMARY);
            assertThat(call.getSessionId()).isEqualTo(sessionId);
            assertThat(call.getTurnId()).isNull();
        });
    }

    @Test
    void a_rejected_request_fails_with_its_reason_and_no_summary() {
        model.then(() -> {
            throw new ModelCallException("The API rejected the request (HTTP 400)", false, null, null);
        });

        var outcome = writer().write(document(), sessionId);

        assertThat(outcome).isInstanceOfSatisfying(SummaryOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo("The API rejected the request (HTTP 400)");
            assertThat(failed.calls()).isEqualTo(1);
        });
        assertThat(callLog.calls()).extracting(LlmCall::getOutcome).containsExactly(CallOutcome.ERROR);
    }

    @Test
    void the_offline_evaluator_writes_no_summary() {
        assertThat(writer().model().offline()).isTrue();
    }

    private SummaryWriter writer() {
        var calls = ValidatedCalls.of(model, callLog.log(), LlmFixtures.properties(Duration.ofSeconds(5)));
        return new SummaryWriter(calls, MAPPER);
    }

    private static SummaryDocument document() {
        return new SummaryDocument(
                new SummaryDocument.SessionFacts("Warm-up", 2, 1, 1, new BigDecimal("40.00"), Map.of()),
                TOPICS,
                List.of(),
                List.of());
    }

    private static ObjectNode reply(String topic) {
        var reply = MAPPER.createObjectNode();
        reply.put("overall_feedback", "A fair start: the index answer named the B-tree but missed the write cost.");
        reply.putArray("strengths")
                .add("Named the B-tree.")
                .add("Gave an example.")
                .add("Clear structure.");
        var improvements = reply.putArray("improvements");
        for (var n : List.of("one", "two", "three")) {
            improvements
                    .addObject()
                    .put("improvement", "Improvement " + n + ".")
                    .put("next_step", "Next step " + n + ".");
        }
        reply.put("recommended_next_topic", topic);
        return reply;
    }

    private static ModelCompletion completion(String text) {
        return new ModelCompletion(text, 900, 150);
    }
}
