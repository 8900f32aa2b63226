package com.mockmate.llm;

import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema a reply must match, for providers that constrain their output to one; the caller validates the
 * reply against it all the same.
 *
 * @param name a short identifier of the format, which some providers ask for (letters, digits, underscores)
 */
public record ReplyFormat(String name, JsonNode schema) {}
