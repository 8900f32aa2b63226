package com.mockmate.base.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string the API will not store (see {@code TextRules}); the path names the field, the reason says why. */
public class UnacceptableTextException extends MismatchedInputException {

    private final String reason;

    public UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, "Unacceptable text: " + reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
