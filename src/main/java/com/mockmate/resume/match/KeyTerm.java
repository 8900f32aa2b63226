package com.mockmate.resume.match;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A key term of a job description: one word or a two-word phrase, by its stems, and as the job writes it.
 *
 * @param stems one stem, or two for a phrase ("spring", "boot")
 * @param surface the job's own spelling, e.g. "Spring Boot"
 * @param joined a phrase's words written as one, stemmed ("Postgre SQL" → "postgresql"); {@code null} for a word
 */
record KeyTerm(List<String> stems, String surface, @Nullable String joined) {

    KeyTerm {
        stems = List.copyOf(stems);
    }

    boolean isPhrase() {
        return stems.size() == 2;
    }
}
