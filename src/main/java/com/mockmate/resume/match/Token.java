package com.mockmate.resume.match;

import org.jspecify.annotations.Nullable;

/**
 * A word of a text with what keyword matching needs to know about it.
 *
 * @param start offset of its first character in the (normalised) text
 * @param end offset after its last character
 * @param stem its stem, {@code null} for a stop word or single letter
 * @param segment which stretch between punctuation it is in; a phrase never crosses from one to the next
 * @param joined written against the previous word with a hyphen or slash ("event-driven", "CI/CD")
 * @param sentenceStart the first word of a sentence, line or bullet, capitalised for that reason alone
 * @param marked written as a name is: a capital letter mid-sentence, an inner capital, a digit or a symbol
 * @param listed on a bulleted or numbered line, where job ads put what they require
 */
record Token(
        String surface,
        int start,
        int end,
        @Nullable String stem,
        int segment,
        boolean joined,
        boolean sentenceStart,
        boolean marked,
        boolean listed) {

    boolean isNumber() {
        return surface.chars().noneMatch(Character::isLetter);
    }
}
