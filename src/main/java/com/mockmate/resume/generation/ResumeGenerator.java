package com.mockmate.resume.generation;

import com.mockmate.llm.resume.ResumeOutcome;
import com.mockmate.llm.resume.ResumeWriter;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeContent.Evidence;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a résumé's content: the candidate's facts are read once, then the interviewer's model writes it (one
 * stateless request, checked against the schema and the facts, repaired, otherwise failed with the reason) or, when
 * the model is the offline evaluator, {@link OfflineResumeBuilder} builds it. Either way the contact data is added
 * from the account and profile and the result passes {@link ResumeContentCheck} before it is returned. It holds no
 * transaction while the model works.
 */
@Service
public class ResumeGenerator {

    static final int MAX_REASON = 500;
    /** At most this many problems go back in one repair request, like the schema's errors. */
    static final int MAX_PROBLEMS = 10;

    private final ResumeWriter writer;
    private final CandidateFactsReader facts;
    private final ResumeContentCheck check;
    private final JsonMapper mapper;

    ResumeGenerator(ResumeWriter writer, CandidateFactsReader facts, ResumeContentCheck check, JsonMapper mapper) {
        this.writer = writer;
        this.facts = facts;
        this.check = check;
        this.mapper = mapper;
    }

    public GenerationOutcome generate(UUID resumeId, UUID userId, String targetRole, @Nullable String jobDescription) {
        var candidate = facts.of(userId);
        if (writer.model().offline()) {
            var built = OfflineResumeBuilder.build(candidate, targetRole, jobDescription);
            return checked(
                    ContactDetails.added(built, candidate),
                    candidate,
                    OfflineResumeBuilder.PROVIDER,
                    OfflineResumeBuilder.MODEL,
                    OfflineResumeBuilder.VERSION);
        }
        var document = ResumeDocuments.of(candidate, targetRole, jobDescription);
        var outcome = writer.write(document, reply -> factProblems(reply, candidate), resumeId);
        return switch (outcome) {
            case ResumeOutcome.Written written ->
                checked(
                        canonical(read(written.content()), candidate),
                        candidate,
                        writer.model().provider(),
                        writer.model().model(),
                        ResumeWriter.PROMPT_VERSION);
            case ResumeOutcome.Failed failed ->
                failed(
                        failed.reason(),
                        writer.model().provider(),
                        writer.model().model(),
                        ResumeWriter.PROMPT_VERSION);
        };
    }

    private List<String> factProblems(JsonNode reply, CandidateFacts candidate) {
        ResumeContent content;
        try {
            content = read(reply);
        } catch (JacksonException e) {
            return List.of("top level: the reply matches the schema but cannot be read as a résumé");
        }
        var problems = NothingInvented.problems(content, candidate);
        return problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS);
    }

    private ResumeContent read(JsonNode reply) {
        return mapper.treeToValue(reply, ResumeContent.class);
    }

    /** The cited evidence in the insights' own spelling and exact mean, and the contact data. */
    private static ResumeContent canonical(ResumeContent content, CandidateFacts candidate) {
        var evidence = content.mockmateEvidence().stream()
                .map(cited -> InsightFactCheck.topic(candidate.insights(), cited.topic())
                        .map(topic -> new Evidence(
                                topic.topic(),
                                topic.level().label(),
                                topic.sessions(),
                                topic.mean(),
                                cited.statement()))
                        .orElse(cited))
                .toList();
        var withEvidence = new ResumeContent(
                content.basics(),
                content.work(),
                content.education(),
                content.skills(),
                content.projects(),
                content.certificates(),
                evidence);
        return ContactDetails.added(withEvidence, candidate);
    }

    private GenerationOutcome checked(
            ResumeContent content, CandidateFacts candidate, String provider, String model, String version) {
        var problems = check.problems(content, candidate);
        if (!problems.isEmpty()) {
            return failed(
                    "The résumé does not pass its checks: " + String.join("; ", problems), provider, model, version);
        }
        return new GenerationOutcome.Generated(content, provider, model, version);
    }

    private static GenerationOutcome failed(String reason, String provider, String model, String version) {
        var shortened = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
        return new GenerationOutcome.Failed(shortened, provider, model, version);
    }
}
