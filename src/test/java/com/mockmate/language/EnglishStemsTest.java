package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishStemsTest {

    @Test
    void gives_the_forms_of_a_word_one_stem() {
        assertThat(EnglishStems.stem("Microservices")).isEqualTo(EnglishStems.stem("microservice"));
        assertThat(EnglishStems.stem("indexing")).isEqualTo(EnglishStems.stem("indexed"));
        assertThat(EnglishStems.stem("optimise")).isEqualTo(EnglishStems.stem("optimize"));
        assertThat(EnglishStems.stem("Ｋａｆｋａ")).isEqualTo("kafka");
    }

    @Test
    void keeps_words_with_digits_or_symbols_as_they_stand() {
        assertThat(EnglishStems.stem("C++")).isEqualTo("c++");
        assertThat(EnglishStems.stem("Node.js")).isEqualTo("node.js");
        assertThat(EnglishStems.stem("k8s")).isEqualTo("k8s");
    }

    @Test
    void has_no_stem_for_stop_words_single_letters_and_blanks() {
        assertThat(EnglishStems.stem("the")).isNull();
        assertThat(EnglishStems.stem("x")).isNull();
        assertThat(EnglishStems.stem(" ")).isNull();
        assertThat(EnglishStems.stem("two words")).isNull();
    }
}
