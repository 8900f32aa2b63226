package com.mockmate.resume.generation;

import static com.mockmate.resume.generation.ResumeFixtures.HOSTILE_JOB;
import static com.mockmate.resume.generation.ResumeFixtures.MAPPER;
import static com.mockmate.resume.generation.ResumeFixtures.reader;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmFixtures;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ScriptedModel;
import com.mockmate.llm.ValidatedCalls;
import com.mockmate.llm.calls.CallOutcome;
import com.mockmate.llm.calls.RecordingCallLog;
import com.mockmate.llm.resume.ResumeWriter;
import com.mockmate.resume.domain.ResumeContent;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generation end to end without a database: the facts, the model's request and reply (scripted, as a hosted
 * provider's), the fact check and its repair, the contact data, and the offline builder when there is no model.
 */
class ResumeGeneratorTest {

    private final RecordingCallLog callLog = new RecordingCallLog();
    private final ScriptedModel scripted = new ScriptedModel();
    private final UUID resumeId = UUID.randomUUID();
    private final UUID userId = UUID.randomUUID();

    @Test
    void a_model_that_obeys_a_hostile_job_description_is_repaired_and_the_resume_keeps_the_profiles_employers() {
        scripted.then(() -> completion(reply("Google"))).then(() -> completion(reply("Acme Robotics")));

        var outcome = generator(scripted.as("openai")).generate(resumeId, userId, "Backend Engineer", HOSTILE_JOB);

        assertThat(outcome).isInstanceOfSatisfying(GenerationOutcome.Generated.class, generated -> {
            assertThat(generated.provider()).isEqualTo("openai");
            assertThat(generated.model()).isEqualTo("scripted");
            assertThat(generated.promptVersion()).isEqualTo("resume-v1");
            var content = generated.content();
            assertThat(MAPPER.writeValueAsString(content)).doesNotContain("Google");
            assertThat(content.work()).extracting(ResumeContent.Work::name).containsExactly("Acme Robotics", "Globex");
            assertThat(content.basics().name()).isEqualTo("Jane Doe");
            assertThat(content.basics().email()).isEqualTo("jane@example.org");
            assertThat(content.basics().location().city()).isEqualTo("Berlin");
            assertThat(content.mockmateEvidence().getFirst().topic()).isEqualTo("Java");
            assertThat(content.mockmateEvidence().getFirst().meanScore()).isEqualByComparingTo("81.25");
        });
        assertThat(scripted.requests.get(1).repairMessages())
                .singleElement()
                .asString()
                .contains("/work/0/name: this employer is not in the profile's experience")
                .doesNotContain("Google");
        assertThat(callLog.outcomes()).containsExactly(CallOutcome.INVALID_OUTPUT, CallOutcome.OK);
        assertThat(callLog.calls())
                .allSatisfy(call -> assertThat(call.getResumeId()).isEqualTo(resumeId));
    }

    @Test
    void the_model_gets_the_job_description_and_profile_as_data_and_no_contact_data() {
        scripted.then(() -> completion(reply("Acme Robotics")));

        generator(scripted.as("openai")).generate(resumeId, userId, "Backend Engineer", HOSTILE_JOB);

        var request = scripted.requests.getFirst();
        assertThat(request.systemPrompt()).doesNotContain("Google", "Acme Robotics", "Backend Engineer");
        var document = MAPPER.readTree(request.userDocument());
        assertThat(document.path("job_description").stringValue()).isEqualTo(HOSTILE_JOB);
        assertThat(document.path("profile")
                        .path("experience")
                        .path(1)
                        .path("company")
                        .stringValue())
                .isEqualTo("Acme Robotics");
        assertThat(request.userDocument())
                .doesNotContain("Jane Doe", "jane@example.org", "github.com", "jane.example.dev", "jane-doe")
                .doesNotContain("\"location\"", "\"links\"", "\"handle\"");
    }

    @Test
    void contact_data_typed_into_the_profiles_free_text_does_not_reach_the_model() {
        var facts = ResumeFixtures.facts();
        var profile = facts.profile();
        var typed = new com.mockmate.profile.domain.ProfileContent(
                profile.handle(),
                profile.publicProfile(),
                profile.insightsPublic(),
                "Backend engineer - Jane Doe, jane.private@mail.example.org, +49 170 1234567",
                "See https://jane.example.dev/about for more.",
                profile.location(),
                profile.experience(),
                profile.education(),
                profile.skills(),
                profile.certifications(),
                profile.links());
        scripted.then(() -> completion(reply("Acme Robotics")));
        var withTypedContact = new CandidateFacts(facts.name(), facts.email(), typed, facts.insights());

        generator(scripted.as("openai"), reader(withTypedContact)).generate(resumeId, userId, "Backend Engineer", null);

        var document = MAPPER.readTree(scripted.requests.getFirst().userDocument());
        assertThat(document.path("profile").path("headline").stringValue())
                .isEqualTo("Backend engineer - [removed], [removed], [removed]");
        assertThat(document.path("profile").path("about").stringValue()).isEqualTo("See [removed] for more.");
        assertThat(document.path("job_description").isNull()).isTrue();
    }

    @Test
    void a_resume_that_invents_in_every_reply_fails_with_a_readable_reason() {
        for (int i = 0; i < 3; i++) {
            scripted.then(() -> completion(reply("Google")));
        }

        var outcome = generator(scripted.as("openai")).generate(resumeId, userId, "Backend Engineer", HOSTILE_JOB);

        assertThat(outcome).isInstanceOfSatisfying(GenerationOutcome.Failed.class, failed -> {
            assertThat(failed.reason())
                    .isEqualTo("The résumé could not be read after 3 attempts: /work/0/name: this employer is not in"
                            + " the profile's experience; list only the profile's companies, spelled as there");
            assertThat(failed.provider()).isEqualTo("openai");
            assertThat(failed.promptVersion()).isEqualTo("resume-v1");
        });
    }

    @Test
    void without_a_model_the_offline_builder_writes_it_and_ignores_the_hostile_text() {
        var outcome = generator(scripted).generate(resumeId, userId, "Backend Engineer", HOSTILE_JOB);

        assertThat(scripted.requests).isEmpty();
        assertThat(outcome).isInstanceOfSatisfying(GenerationOutcome.Generated.class, generated -> {
            assertThat(generated.provider()).isEqualTo("offline");
            assertThat(generated.promptVersion()).isEqualTo("resume-offline-v1");
            assertThat(generated.content()).isEqualTo(ResumeFixtures.built(HOSTILE_JOB));
            assertThat(MAPPER.writeValueAsString(generated.content())).doesNotContain("Google", "MIT");
        });
    }

    /** What a model writes from the fixture's document, with {@code employer} as the current position's company. */
    private static String reply(String employer) {
        var content = (ObjectNode)
                MAPPER.valueToTree(OfflineResumeBuilder.build(ResumeFixtures.facts(), "Backend Engineer", null));
        var basics = (ObjectNode) content.path("basics");
        basics.remove(java.util.List.of("profiles"));
        basics.put("summary", "Backend engineer who builds payment systems in Kotlin and Java.");
        ((ObjectNode) content.path("work").path(0)).put("name", employer);
        return MAPPER.writeValueAsString(content);
    }

    private ResumeGenerator generator(InterviewerModel model) {
        return generator(model, reader());
    }

    private ResumeGenerator generator(InterviewerModel model, CandidateFactsReader reader) {
        var calls = ValidatedCalls.of(model, callLog.log(), LlmFixtures.properties(Duration.ofSeconds(5)));
        return new ResumeGenerator(
                new ResumeWriter(calls, MAPPER), reader, new ResumeContentCheck(reader, MAPPER), MAPPER);
    }

    private static ModelCompletion completion(String text) {
        return new ModelCompletion(text, 1500, 700);
    }
}
