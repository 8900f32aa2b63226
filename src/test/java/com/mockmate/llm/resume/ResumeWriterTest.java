package com.mockmate.llm.resume;

import static com.mockmate.llm.resume.ResumeRequests.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmFixtures;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ScriptedModel;
import com.mockmate.llm.ValidatedCalls;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.RecordingCallLog;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The résumé request with a scripted model: the model's schema, the caller's fact check, repairs and giving up. */
class ResumeWriterTest {

    private final RecordingCallLog callLog = new RecordingCallLog();
    private final ScriptedModel scripted = new ScriptedModel();
    private final ResumeDocument document = ResumeRequests.document(ResumeRequests.HOSTILE_JOB);

    @Test
    void a_resume_that_invents_an_employer_in_every_reply_fails_with_the_reason() {
        for (int i = 0; i < 3; i++) {
            scripted.then(() -> completion(ResumeRequests.replyWithEmployer("Google")));
        }

        var outcome =
                writer(scripted.as("openai")).write(document, ResumeRequests.employersOf(document), UUID.randomUUID());

        assertThat(outcome).isInstanceOfSatisfying(ResumeOutcome.Failed.class, failed -> {
            assertThat(failed.reason())
                    .isEqualTo("The résumé could not be read after 3 attempts: /work/0/name: this employer is not in"
                            + " the profile's experience");
            assertThat(failed.calls()).isEqualTo(3);
        });
        assertThat(callLog.outcomes()).containsOnly(CallOutcome.INVALID_OUTPUT).hasSize(3);
        assertThat(scripted.requests.getLast().repairMessages()).hasSize(2);
    }

    @Test
    void contact_data_from_the_model_is_a_schema_error_and_a_fence_is_tolerated() {
        var withEmail = ResumeRequests.reply();
        ((ObjectNode) withEmail.path("basics")).put("email", "someone@example.org");
        scripted.then(() -> completion(MAPPER.writeValueAsString(withEmail)))
                .then(() -> completion("```json\n" + ResumeRequests.replyJson() + "\n```"));

        var outcome =
                writer(scripted.as("openai")).write(document, ResumeRequests.employersOf(document), UUID.randomUUID());

        assertThat(outcome).isInstanceOf(ResumeOutcome.Written.class);
        assertThat(scripted.requests.get(1).repairMessages().getFirst())
                .contains("/basics")
                .contains("email")
                .doesNotContain("someone@example.org");
        var request = scripted.requests.getFirst();
        assertThat(request.format()).isNotNull();
        assertThat(request.format().name()).isEqualTo("resume");
        assertThat(request.systemPrompt()).contains("prompt version resume-v1");
    }

    @Test
    void a_missing_section_is_a_schema_error() {
        var withoutSkills = ResumeRequests.reply();
        withoutSkills.remove("skills");
        for (int i = 0; i < 3; i++) {
            scripted.then(() -> completion(MAPPER.writeValueAsString(withoutSkills)));
        }

        var outcome = writer(scripted.as("openai")).write(document, reply -> List.of(), UUID.randomUUID());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ResumeOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).contains("skills"));
    }

    @Test
    void the_offline_evaluator_writes_no_resume() {
        assertThat(writer(scripted).model().offline()).isTrue();
        assertThat(writer(scripted.as("openai")).model().offline()).isFalse();
    }

    private ResumeWriter writer(InterviewerModel model) {
        var calls = ValidatedCalls.of(model, callLog.log(), LlmFixtures.properties(Duration.ofSeconds(5)));
        return new ResumeWriter(calls, MAPPER);
    }

    private static ModelCompletion completion(String text) {
        return new ModelCompletion(text, 1200, 600);
    }
}
