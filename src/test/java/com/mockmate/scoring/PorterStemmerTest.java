package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    @ParameterizedTest
    @CsvSource({
        "caresses, caress",
        "ponies, poni",
        "ties, ti",
        "cats, cat",
        "feed, feed",
        "agreed, agre",
        "plastered, plaster",
        "motoring, motor",
        "sing, sing",
        "conflated, conflat",
        "troubled, troubl",
        "sized, size",
        "hopping, hop",
        "falling, fall",
        "filing, file",
        "happy, happi",
        "relational, relat",
        "generalizations, gener",
        "indexes, index",
        "indexed, index",
        "index, index",
        "hashcodes, hashcod",
        "hashcode, hashcod",
        "idempotency, idempot",
        "idempotent, idempot",
        "atomicity, atom",
        "atomic, atom"
    })
    void stems_like_the_reference_implementation(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"0.75, 0.75", "base62, base62", "go, go", "1nf, 1nf"})
    void leaves_numbers_identifiers_and_short_words_alone(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }
}
