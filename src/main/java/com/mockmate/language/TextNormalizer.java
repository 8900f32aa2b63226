package com.mockmate.language;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds the Unicode disguises that make two texts look alike but compare differently: full-width and mathematical
 * letters (NFKC), invisible format characters (zero-width spaces, bidi overrides) and the Cyrillic/Greek homoglyphs of
 * Latin letters. Every analysis of an answer starts here, so "Ｉｇｎｏｒｅ" and "Ign\u200Bore" read as "Ignore".
 */
public final class TextNormalizer {

    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('і', 'i'),
            Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'),
            Map.entry('А', 'A'),
            Map.entry('Е', 'E'),
            Map.entry('О', 'O'),
            Map.entry('Р', 'P'),
            Map.entry('С', 'C'),
            Map.entry('Т', 'T'),
            Map.entry('Х', 'X'),
            Map.entry('І', 'I'),
            Map.entry('ο', 'o'),
            Map.entry('α', 'a'),
            Map.entry('ι', 'i'),
            Map.entry('Ο', 'O'),
            Map.entry('Α', 'A'),
            Map.entry('Ι', 'I'),
            Map.entry('Ε', 'E'));

    private TextNormalizer() {}

    public static String normalize(String text) {
        var folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            out.append(HOMOGLYPHS.getOrDefault(c, c));
        }
        return out.toString();
    }
}
