package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherLanguageTest {

    @Test
    void recognises_german_and_spanish_answers_even_with_english_technical_terms() {
        assertThat(OtherLanguage.isOtherLanguage(
                        "Eine HashMap speichert die Einträge in einem Array, und der hashCode bestimmt den Bucket."))
                .isTrue();
        assertThat(OtherLanguage.isOtherLanguage(
                        "La verdad es que lo he usado muchas veces y funciona bien con Redis."))
                .isTrue();
    }

    @Test
    void keeps_terse_english_answers_and_bare_lists_of_terms_english() {
        assertThat(OtherLanguage.isOtherLanguage("B-tree, logarithmic lookup, slower writes, extra storage."))
                .isFalse();
        assertThat(OtherLanguage.isOtherLanguage("A cache keeps data so things are faster."))
                .isFalse();
        assertThat(OtherLanguage.isOtherLanguage("")).isFalse();
    }
}
