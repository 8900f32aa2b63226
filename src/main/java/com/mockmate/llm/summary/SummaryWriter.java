package com.mockmate.llm.summary;

import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.LlmProperties;
import com.mockmate.llm.ModelRequest;
import com.mockmate.llm.PromptFiles;
import com.mockmate.llm.ReplyFormat;
import com.mockmate.llm.SelectedModel;
import com.mockmate.llm.ValidatedCalls;
import com.mockmate.llm.ValidatedCalls.Result;
import com.mockmate.llm.calls.ModelCallLog;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the interviewer's model for a session summary: one stateless request (the versioned {@value #PROMPT_VERSION}
 * prompt and the {@link SummaryDocument}), validated, repaired and retried like a turn, every call logged. The offline
 * evaluator has no summary to give; {@code model().offline()} tells the caller to write its own.
 */
@Service
public class SummaryWriter {

    public static final String PROMPT_VERSION = "summary-v1";
    static final String PROMPT = "prompts/" + PROMPT_VERSION + ".md";
    static final String SCHEMA = "prompts/session-summary.schema.json";
    static final String FORMAT_NAME = "session_summary";

    private final ValidatedCalls calls;
    private final JsonMapper mapper;
    private final String systemPrompt;
    private final ReplyFormat format;
    private final SummaryValidator validator;

    @Autowired
    SummaryWriter(SelectedModel selected, ModelCallLog callLog, LlmProperties properties, JsonMapper mapper) {
        this(ValidatedCalls.of(selected.model(), callLog, properties), mapper);
    }

    public SummaryWriter(ValidatedCalls calls, JsonMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
        this.systemPrompt = PromptFiles.text(PROMPT);
        var schema = PromptFiles.json(SCHEMA, mapper);
        this.format = new ReplyFormat(FORMAT_NAME, schema);
        this.validator = new SummaryValidator(mapper, schema);
    }

    public SummaryOutcome write(SummaryDocument document, UUID sessionId) {
        var request = new ModelRequest(systemPrompt, mapper.writeValueAsString(document), List.of(), format);
        var topics = document.availableTopics();
        var result = calls.call(
                request, text -> validator.validate(text, topics), ValidatedCalls.Subject.summary(sessionId));
        return switch (result) {
            case Result.Done<SummaryReply>(var reply, var count) -> new SummaryOutcome.Written(reply, count);
            case Result.GaveUp<SummaryReply>(var reason, var count) -> new SummaryOutcome.Failed(reason, count);
        };
    }

    /**
     * Who writes: {@link InterviewerModel#offline()} tells the caller to summarise itself, since the offline
     * evaluator rates answers but writes no prose.
     */
    public InterviewerModel model() {
        return calls.model();
    }
}
