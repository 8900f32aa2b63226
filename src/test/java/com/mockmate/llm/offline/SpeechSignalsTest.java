package com.mockmate.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.offline.SpeechSignals.Elaboration;
import org.junit.jupiter.api.Test;

class SpeechSignalsTest {

    @Test
    void hears_examples_trade_offs_and_reasons() {
        assertThat(SpeechSignals.elaboration("For example, in my last project we cached sessions."))
                .containsExactly(Elaboration.EXAMPLE);
        assertThat(SpeechSignals.elaboration("It is faster, but it costs memory."))
                .containsExactly(Elaboration.TRADE_OFF);
        assertThat(SpeechSignals.elaboration("We index it because lookups dominate."))
                .containsExactly(Elaboration.REASON);
        assertThat(SpeechSignals.elaboration("It resizes after 12 entries.")).containsExactly(Elaboration.EXAMPLE);
    }

    @Test
    void does_not_take_big_o_notation_for_an_example() {
        assertThat(SpeechSignals.elaboration("Lookups are O(1) and scans are O(n)."))
                .isEmpty();
    }

    @Test
    void counts_fillers_but_not_like_as_a_comparison() {
        assertThat(SpeechSignals.fillers("Um, so basically it is, like, you know, kind of a map."))
                .isEqualTo(5);
        assertThat(SpeechSignals.fillers("A bucket works like a small linked list."))
                .isZero();
    }

    @Test
    void counts_distinct_connectives() {
        assertThat(SpeechSignals.connectives("First we hash the key, then we pick a bucket, and finally compare."))
                .hasSize(3);
    }

    @Test
    void splits_sentences_but_not_after_abbreviations_or_decimals() {
        assertThat(Sentences.split("It resizes at 0.75, e.g. after 12 of 16 entries. Then it rehashes!\nDone"))
                .containsExactly("It resizes at 0.75, e.g. after 12 of 16 entries.", "Then it rehashes!", "Done");
        assertThat(Sentences.words("It's O(1) on average, isn't it?")).isEqualTo(7);
    }
}
