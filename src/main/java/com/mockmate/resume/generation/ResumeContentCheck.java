package com.mockmate.resume.generation;

import com.mockmate.llm.SchemaCheckedJson;
import com.mockmate.llm.ValidatedCalls.Check;
import com.mockmate.llm.resume.ResumeSchema;
import com.mockmate.resume.domain.ResumeContent;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a résumé may be kept: its JSON matches {@code prompts/resume.schema.json} (contact fields included, as an
 * edit carries them) and it invents nothing ({@link NothingInvented}). A candidate's edit goes through it before it is
 * saved, and so does every generated résumé before it is returned.
 */
@Component
public class ResumeContentCheck {

    private final CandidateFactsReader facts;
    private final JsonMapper mapper;
    private final SchemaCheckedJson schema;

    ResumeContentCheck(CandidateFactsReader facts, JsonMapper mapper) {
        this.facts = facts;
        this.mapper = mapper;
        this.schema = new SchemaCheckedJson(mapper, ResumeSchema.full(mapper));
    }

    /** Problems of an edited résumé, each "/json/pointer: message"; empty when it may be saved. */
    public List<String> problems(UUID userId, ResumeContent content) {
        return problems(content, facts.of(userId));
    }

    /**
     * Problems of a résumé as a client sent it, before it is read into {@link ResumeContent} (which would drop a
     * property the schema does not know); each "/json/pointer: message".
     */
    public List<String> schemaProblems(JsonNode sent) {
        var read = schema.read(mapper.writeValueAsString(sent), JsonNode.class);
        return read instanceof Check.Invalid<JsonNode>(var errors) ? errors : List.of();
    }

    List<String> problems(ResumeContent content, CandidateFacts candidate) {
        var read = schema.read(mapper.writeValueAsString(content), JsonNode.class);
        if (read instanceof Check.Invalid<JsonNode>(var errors)) {
            return errors;
        }
        return NothingInvented.problems(content, candidate);
    }
}
