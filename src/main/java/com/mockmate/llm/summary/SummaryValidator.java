package com.mockmate.llm.summary;

import com.mockmate.llm.SchemaCheckedJson;
import com.mockmate.llm.ValidatedCalls.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema, then what a schema cannot say: the recommended topic is one of the catalog's (its spelling is taken
 * from the catalog), and no strength or improvement is said twice.
 */
final class SummaryValidator {

    private final SchemaCheckedJson json;

    SummaryValidator(JsonMapper mapper, JsonNode schema) {
        this.json = new SchemaCheckedJson(mapper, schema);
    }

    Check<SummaryReply> validate(String rawText, List<String> availableTopics) {
        var read = json.read(rawText, SummaryReply.class);
        if (!(read instanceof Check.Valid<SummaryReply>(var reply))) {
            return read;
        }
        var errors = new ArrayList<String>();
        var topic = catalogTopic(reply.recommendedNextTopic(), availableTopics);
        if (topic.isEmpty() && !availableTopics.isEmpty()) {
            errors.add("/recommended_next_topic: must be exactly one of available_topics");
        }
        if (repeats(reply.strengths())) {
            errors.add("/strengths: the three strengths must be different");
        }
        if (repeats(reply.improvements().stream()
                .map(SummaryReply.Improvement::improvement)
                .toList())) {
            errors.add("/improvements: the three improvements must be different");
        }
        if (!errors.isEmpty()) {
            return new Check.Invalid<>(errors);
        }
        return new Check.Valid<>(reply.withTopic(topic.orElse(reply.recommendedNextTopic())));
    }

    private static Optional<String> catalogTopic(String proposed, List<String> availableTopics) {
        var wanted = normalised(proposed);
        return availableTopics.stream()
                .filter(topic -> normalised(topic).equals(wanted))
                .findFirst();
    }

    private static boolean repeats(List<String> items) {
        var seen = new HashSet<String>();
        return items.stream().map(SummaryValidator::normalised).anyMatch(item -> !seen.add(item));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
