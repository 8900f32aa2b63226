package com.mockmate.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned prompts and reply schemas under {@code prompts/} on the classpath. They ship in the jar, so a missing
 * one is a build error and fails the start.
 */
public final class PromptFiles {

    private PromptFiles() {}

    public static String text(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public static JsonNode json(String resource, JsonMapper mapper) {
        return mapper.readTree(text(resource));
    }
}
