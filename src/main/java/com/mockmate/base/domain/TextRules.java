package com.mockmate.base.domain;

import com.mockmate.base.error.BadRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What text the API accepts for storage: PostgreSQL rejects NUL in text columns, and a lone UTF-16 surrogate has no
 * UTF-8 form (the driver would store '?'). Checked at the API boundary, so that such input is a 400, not a 500.
 */
public final class TextRules {

    private TextRules() {}

    /** Why the text cannot be stored, or null when it can. */
    public static @Nullable String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\0') {
                return "must not contain NUL characters";
            }
            if (Character.isSurrogate(c)) {
                var paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "must be valid Unicode text";
                }
                i++;
            }
        }
        return null;
    }

    /** Strict UTF-8 of text the API stores; a 400 naming {@code what} when it is not, or when it holds NUL. */
    public static String utf8(byte[] bytes, String what) {
        return decode(bytes, StandardCharsets.UTF_8, what);
    }

    /** As {@link #utf8}, in the charset the client declared. */
    public static String decode(byte[] bytes, Charset charset, String what) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException(what + " must be " + charset.name() + " text.");
        }
        var problem = problem(text);
        if (problem != null) {
            throw new BadRequestException(what + " " + problem + ".");
        }
        return text;
    }
}
