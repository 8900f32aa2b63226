package com.mockmate.base.api.input;

import com.mockmate.base.api.UnacceptableTextException;
import com.mockmate.base.domain.TextRules;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every string of a JSON request body, in records, lists and nested objects alike, and refuses what cannot be
 * stored. Escapes decode here: raw NUL bytes and invalid UTF-8 are already a parse error.
 */
class RequestTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var text = super.deserialize(parser, context);
        var problem = text == null ? null : TextRules.problem(text);
        if (problem != null) {
            throw new UnacceptableTextException(parser, problem);
        }
        return text;
    }
}
