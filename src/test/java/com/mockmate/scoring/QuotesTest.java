package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    private static final String ANSWER = "First, I “measured” the latency.\n\nThen   we cached it — it’s 10× faster.";

    @Test
    void locates_a_quote_by_offsets_into_the_original_text() {
        var span = Quotes.locate(ANSWER, "then we CACHED it").orElseThrow();

        assertThat(ANSWER.substring(span.start(), span.end())).isEqualTo("Then   we cached it");
    }

    @Test
    void folds_typographic_quotation_marks_and_apostrophes_but_nothing_else() {
        assertThat(Quotes.occursIn(ANSWER, "I \"measured\" the latency")).isTrue();
        assertThat(Quotes.occursIn(ANSWER, "it's 10× faster")).isTrue();
        assertThat(Quotes.occursIn(ANSWER, "we cached it - it's")).isFalse();
        assertThat(Quotes.occursIn(ANSWER, "I measured the latency")).isFalse();
    }

    @Test
    void ignores_punctuation_around_the_quote_and_keeps_the_match_inside_it() {
        var span = Quotes.locate(ANSWER, "“the latency,”").orElseThrow();

        assertThat(ANSWER.substring(span.start(), span.end())).isEqualTo("the latency");
        assertThat(Quotes.occursIn(ANSWER, "First I measured")).isFalse();
    }

    @Test
    void a_quote_without_letters_or_digits_is_never_found() {
        assertThat(Quotes.locate(ANSWER, " … ")).isEmpty();
        assertThat(Quotes.locate(ANSWER, "")).isEmpty();
    }
}
