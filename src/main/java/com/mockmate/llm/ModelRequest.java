package com.mockmate.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One stateless request: the versioned system prompt and a single user message holding the JSON document. A repair
 * attempt adds one more user message quoting the validation errors of the previous reply.
 *
 * @param format the reply's format when it is not the interviewer reply every provider is built with (the session
 *     summary's); {@code null} for an interviewer reply
 */
public record ModelRequest(
        String systemPrompt,
        String userDocument,
        List<String> repairMessages,
        @Nullable ReplyFormat format) {

    public ModelRequest {
        repairMessages = List.copyOf(repairMessages);
    }

    /** A request for an interviewer reply. */
    public ModelRequest(String systemPrompt, String userDocument, List<String> repairMessages) {
        this(systemPrompt, userDocument, repairMessages, null);
    }

    /** The same request plus one message quoting what was wrong with the last reply (never the reply itself). */
    public ModelRequest repaired(List<String> errors) {
        var repairs = new ArrayList<>(repairMessages);
        repairs.add(repairMessage(errors));
        return new ModelRequest(systemPrompt, userDocument, repairs, format);
    }

    static String repairMessage(List<String> errors) {
        var quoted = errors.stream().map(error -> "\"" + error + "\"").collect(Collectors.joining("; "));
        return "Your previous reply was invalid: " + quoted
                + ". Reply again with only the JSON object that matches the schema.";
    }
}
