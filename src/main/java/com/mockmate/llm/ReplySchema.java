package com.mockmate.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema every interviewer reply must match; providers that support constrained output receive it too. */
public final class ReplySchema {

    public static final String RESOURCE = "prompts/interviewer-reply.schema.json";

    private ReplySchema() {}

    public static JsonNode load(JsonMapper mapper) {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
