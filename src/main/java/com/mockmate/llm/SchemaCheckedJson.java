package com.mockmate.llm;

import com.mockmate.llm.ValidatedCalls.Check;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a model's raw text as one JSON object matching a schema, for the interviewer's reply ({@link ReplyValidator}) and
 * the session summary: strict JSON (no trailing tokens, no duplicate keys), a Markdown fence around the whole reply tolerated, and
 * errors that describe the problem without echoing the reply, so that a repair request carries no model or candidate
 * text back into the prompt.
 */
public final class SchemaCheckedJson {

    /** At most this many errors go back in a repair request; a long list helps no model. */
    static final int MAX_ERRORS = 10;

    private static final Pattern FENCE = Pattern.compile(
            "\\A```(?:json)?[ \\t]*\\R(.*?)\\R?[ \\t]*```\\z", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final JsonMapper mapper;
    private final ObjectReader strictReader;
    private final Schema schema;

    public SchemaCheckedJson(JsonMapper mapper, JsonNode schema) {
        this.mapper = mapper;
        this.strictReader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema);
    }

    public <T> Check<T> read(String rawText, Class<T> type) {
        var text = stripFence(rawText.strip());
        if (text.isEmpty()) {
            return new Check.Invalid<>(List.of("the reply is empty: expected one JSON object"));
        }
        JsonNode node;
        try {
            node = strictReader.readTree(text);
        } catch (JacksonException e) {
            var location = e.getLocation();
            return new Check.Invalid<>(List.of(
                    location == null
                            ? "the reply is not valid JSON"
                            : "the reply is not valid JSON (line " + location.getLineNr() + ", column "
                                    + location.getColumnNr() + "): reply with one JSON object and nothing else"));
        }
        var errors = schema.validate(node);
        if (!errors.isEmpty()) {
            return new Check.Invalid<>(describe(errors));
        }
        try {
            return new Check.Valid<>(mapper.treeToValue(node, type));
        } catch (JacksonException e) {
            return new Check.Invalid<>(
                    List.of("the reply matches the schema but cannot be read: " + e.getOriginalMessage()));
        }
    }

    private static List<String> describe(List<Error> errors) {
        var messages = new ArrayList<String>();
        for (var error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
            var location = error.getInstanceLocation().toString();
            messages.add((location.isEmpty() ? "top level" : location) + ": " + error.getMessage());
        }
        if (errors.size() > MAX_ERRORS) {
            messages.add("and " + (errors.size() - MAX_ERRORS) + " more schema errors");
        }
        return messages;
    }

    private static String stripFence(String text) {
        var fenced = FENCE.matcher(text);
        return fenced.matches() ? fenced.group(1).strip() : text;
    }
}
