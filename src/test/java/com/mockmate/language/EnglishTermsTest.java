package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTermsTest {

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
    void stems_like_porters_reference_implementation(String word, String stem) {
        assertThat(EnglishTerms.stems(List.of(word))).containsExactly(stem);
    }

    @ParameterizedTest
    @CsvSource({"0.75, 0.75", "base62, base62", "go, go", "1nf, 1nf", "bigologn, bigologn"})
    void leaves_numbers_identifiers_and_short_words_alone(String word, String stem) {
        assertThat(EnglishTerms.stems(List.of(word))).containsExactly(stem);
    }

    @Test
    void conflates_plurals_and_inflections() {
        assertThat(TermAnalyzer.terms("caches cached caching cache")).containsExactly("cach");
        assertThat(TermAnalyzer.terms("exceeds exceeded exceeding")).containsExactly("exce");
        assertThat(TermAnalyzer.terms("lock locks locking locked")).containsExactly("lock");
    }

    @Test
    void drops_stop_words_contractions_fillers_and_single_letters() {
        assertThat(TermAnalyzer.terms("Um, I don't think it's really the way you'd do it, basically."))
                .containsExactly("think", "wai");
        assertThat(TermAnalyzer.terms("doesn’t, isn't, won't, a, s, t")).isEmpty();
    }

    @Test
    void keeps_single_digits_and_decimal_numbers() {
        assertThat(TermAnalyzer.terms("load factor 0.75, step 1"))
                .containsExactly("load", "factor", "0.75", "step", "1");
    }

    @Test
    void keeps_technical_tokens_whole() {
        assertThat(TermAnalyzer.terms("O(1) and O(log n) lookups")).containsExactly("bigo1", "bigologn", "lookup");
        assertThat(TermAnalyzer.terms("HashMap calls equals() and hashCode()"))
                .containsExactly("hashmap", "call", "equal", "hashcod");
        assertThat(TermAnalyzer.terms("the candidate's HashMap's buckets"))
                .containsExactly("candid", "hashmap", "bucket");
    }

    @Test
    void offers_camel_case_parts_and_joined_words_as_evidence() {
        assertThat(TermAnalyzer.analyze("ForkJoinPool.commonPool").evidence())
                .contains("forkjoinpool", "fork", "join", "pool", "common");
        assertThat(TermAnalyzer.analyze("fork join pool").evidence()).contains("forkjoinpool");
    }
}
