package com.mockmate.llm.offline;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an answer into sentences and counts words, the units the offline rubric measures. */
final class Sentences {

    /** After . ! or ? and whitespace, but not after "e.g.", "i.e.", "etc." or "vs."; and at line breaks. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<!\\betc\\.)(?<!\\bvs\\.)(?<=[.!?])\\s+|\\s*\\n\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The same notion of a word as the grammar checker's word count. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    private Sentences() {}

    static List<String> split(String text) {
        return Arrays.stream(BOUNDARY.split(text.strip()))
                .map(String::strip)
                .filter(sentence -> !sentence.isEmpty())
                .toList();
    }

    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
