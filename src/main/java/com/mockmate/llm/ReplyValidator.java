package com.mockmate.llm;

import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Quotes;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a model's raw text into an {@link InterviewerReply}, or says why it cannot. The only leniency is a Markdown
 * code fence around the whole reply, which models add even in JSON mode. Evidence is checked, not trusted: every quote
 * must occur in the answer ({@link Quotes}), and a fabricated one is an error like a schema violation. Error messages
 * describe the problem without echoing the reply's text, so a repair request never carries model (or candidate)
 * content back into the prompt.
 */
@Component
class ReplyValidator {

    static final int MAX_ERRORS = 10;

    private static final Pattern FENCE = Pattern.compile(
            "\\A```(?:json)?[ \\t]*\\R(.*?)\\R?[ \\t]*```\\z", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final JsonMapper mapper;
    private final ObjectReader strictReader;
    private final Schema schema;

    ReplyValidator(JsonMapper mapper) {
        this.mapper = mapper;
        this.strictReader = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ReplySchema.load(mapper));
    }

    sealed interface Validation {}

    record Valid(InterviewerReply reply) implements Validation {}

    record Invalid(List<String> errors) implements Validation {

        Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** @param answerText the answer the reply evaluates, which its evidence must quote */
    Validation validate(String rawText, String answerText) {
        var text = stripFence(rawText.strip());
        if (text.isEmpty()) {
            return new Invalid(List.of("the reply is empty: expected one JSON object"));
        }
        JsonNode node;
        try {
            node = strictReader.readTree(text);
        } catch (JacksonException e) {
            return new Invalid(List.of(notJson(e)));
        }
        var errors = schema.validate(node);
        if (!errors.isEmpty()) {
            return new Invalid(describe(errors));
        }
        InterviewerReply reply;
        try {
            reply = mapper.treeToValue(node, InterviewerReply.class);
        } catch (JacksonException e) {
            return new Invalid(List.of("the reply matches the schema but cannot be read: " + e.getOriginalMessage()));
        }
        var fabricated = fabricatedQuotes(reply.evaluation(), answerText);
        return fabricated.isEmpty() ? new Valid(reply) : new Invalid(fabricated);
    }

    private static List<String> fabricatedQuotes(ModelEvaluation evaluation, String answerText) {
        var errors = new ArrayList<String>();
        var dimensions = new LinkedHashMap<String, DimensionRating>();
        dimensions.put("technical", evaluation.technical());
        dimensions.put("depth", evaluation.depth());
        dimensions.put("communication", evaluation.communication());
        dimensions.put("grammar", evaluation.grammar());
        dimensions.forEach((name, rating) -> {
            var evidence = rating.evidence();
            for (int i = 0; i < evidence.size(); i++) {
                if (!Quotes.occursIn(answerText, evidence.get(i))) {
                    errors.add("/evaluation/" + name + "/evidence/" + i + ": this quote does not occur in answer_text;"
                            + " copy the candidate's words exactly as written, or leave the quote out");
                }
            }
        });
        return errors.subList(0, Math.min(errors.size(), MAX_ERRORS));
    }

    static String stripFence(String text) {
        var fenced = FENCE.matcher(text);
        return fenced.matches() ? fenced.group(1).strip() : text;
    }

    private static String notJson(JacksonException e) {
        var location = e.getLocation();
        return location == null
                ? "the reply is not valid JSON"
                : "the reply is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr()
                        + "): reply with one JSON object and nothing else";
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
}
