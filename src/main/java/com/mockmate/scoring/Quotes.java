package com.mockmate.scoring;

import java.util.Optional;

/**
 * Finds a quote in the answer it claims to come from. The comparison ignores case, runs of whitespace, typographic
 * versus ASCII quotation marks and apostrophes, and punctuation or quotation marks around the quote ("it resizes." for
 * "it resizes,"); anything else must match character for character, so a paraphrase is not found. The checker of a
 * model's evidence and the screens that highlight it use this one definition.
 */
public final class Quotes {

    private Quotes() {}

    /** Where a quote occurs in a text, as offsets into the text: {@code text.substring(start, end)} is the match. */
    public record Span(int start, int end) {}

    /** The first occurrence of the quote's words in the text, or empty when it does not occur or has no words. */
    public static Optional<Span> locate(String text, String quote) {
        var core = core(quote);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        var haystack = Normalised.of(text);
        int at = haystack.text.indexOf(core);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(haystack.origin[at], haystack.origin[at + core.length() - 1] + 1));
    }

    public static boolean occursIn(String text, String quote) {
        return locate(text, quote).isPresent();
    }

    /** The quote normalised, without the punctuation and whitespace around it; empty if no letter or digit is left. */
    static String core(String quote) {
        var normalised = Normalised.of(quote).text;
        int start = 0;
        int end = normalised.length();
        while (start < end && !Character.isLetterOrDigit(normalised.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(normalised.charAt(end - 1))) {
            end--;
        }
        return normalised.substring(start, end);
    }

    /** Quotation marks and apostrophes that keyboards, word processors and models use interchangeably. */
    static char folded(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
            case '“', '”', '„', '‟', '″', '«', '»' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    /** A text in the compared form, with the offset in the original text of each of its characters. */
    private record Normalised(String text, int[] origin) {

        static Normalised of(String text) {
            var out = new StringBuilder(text.length());
            var origin = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = out.length() > 0;
                    continue;
                }
                if (space) {
                    origin[out.length()] = i - 1;
                    out.append(' ');
                    space = false;
                }
                origin[out.length()] = i;
                out.append(folded(c));
            }
            return new Normalised(out.toString(), origin);
        }
    }
}
