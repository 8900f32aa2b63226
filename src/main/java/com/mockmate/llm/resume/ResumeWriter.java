package com.mockmate.llm.resume;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelRequest;
import com.mockmate.llm.PromptFiles;
import com.mockmate.llm.ReplyFormat;
import com.mockmate.llm.SchemaCheckedJson;
import com.mockmate.llm.SelectedModel;
import com.mockmate.llm.ValidatedCalls;
import com.mockmate.llm.ValidatedCalls.Check;
import com.mockmate.llm.ValidatedCalls.Result;
import com.mockmate.llm.calls.ModelCallLog;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the interviewer's model for a résumé's content: one stateless request (the versioned {@value #PROMPT_VERSION}
 * prompt and the {@link ResumeDocument}), validated against the schema and then the caller's fact check, repaired
 * and retried like a turn, every call logged. The caller owns the facts (the profile and the insights), so it passes
 * the check in: a reply that invents an employer, a date or a score is sent back for repair like a schema error, and
 * in the end fails with the reason. The offline evaluator writes no résumé; {@code model().offline()} tells the caller to
 * build one itself.
 */
@Service
public class ResumeWriter {

    public static final String PROMPT_VERSION = "resume-v1";
    static final String PROMPT = "prompts/" + PROMPT_VERSION + ".md";
    static final String FORMAT_NAME = "resume";

    private final ValidatedCalls calls;
    private final JsonMapper mapper;
    private final String systemPrompt;
    private final ReplyFormat format;
    private final SchemaCheckedJson json;

    @Autowired
    ResumeWriter(SelectedModel selected, ModelCallLog callLog, LlmProperties properties, JsonMapper mapper) {
        this(ValidatedCalls.of(selected.model(), callLog, properties), mapper);
    }

    public ResumeWriter(ValidatedCalls calls, JsonMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
        this.systemPrompt = PromptFiles.text(PROMPT);
        var schema = ResumeSchema.forModel(mapper);
        this.format = new ReplyFormat(FORMAT_NAME, schema);
        this.json = new SchemaCheckedJson(mapper, schema);
    }

    /**
     * @param factCheck the problems of a schema-valid reply, each "/json/pointer: message" without quoting the reply
     *     (the messages go back to the model in a repair request); empty when nothing is invented
     */
    public ResumeOutcome write(ResumeDocument document, Function<JsonNode, List<String>> factCheck, UUID resumeId) {
        var request = new ModelRequest(systemPrompt, mapper.writeValueAsString(document), List.of(), format);
        var result = calls.call(request, text -> validate(text, factCheck), ValidatedCalls.Subject.resume(resumeId));
        return switch (result) {
            case Result.Done<JsonNode>(var content, var count) -> new ResumeOutcome.Written(content, count);
            case Result.GaveUp<JsonNode>(var reason, var count) -> new ResumeOutcome.Failed(reason, count);
        };
    }

    private Check<JsonNode> validate(String text, Function<JsonNode, List<String>> factCheck) {
        var read = json.read(text, JsonNode.class);
        if (!(read instanceof Check.Valid<JsonNode>(var content))) {
            return read;
        }
        var problems = factCheck.apply(content);
        return problems.isEmpty() ? read : new Check.Invalid<>(problems);
    }

    /**
     * Who writes: {@link InterviewerModel#offline()} tells the caller to build the résumé itself, since the offline
     * evaluator rates answers but writes no prose.
     */
    public InterviewerModel model() {
        return calls.model();
    }
}
