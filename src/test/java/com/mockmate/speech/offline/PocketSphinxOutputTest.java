package com.mockmate.speech.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.speech.TimedWord;
import org.junit.jupiter.api.Test;

class PocketSphinxOutputTest {

    /** Printed by pocketsphinx_continuous 0.8+5prealpha for flite reading two sentences. */
    private static final String OUTPUT = """
            the hash map stars keys and values it uses
            <s> 0.100 0.170 0.999600
            the 0.180 0.270 0.442642
            hash 0.280 0.680 0.815851
            [NOISE] 0.690 0.700 0.500000
            and(2) 1.550 1.700 0.264251
            values 1.710 2.250 0.511567
            [SPEECH] 2.260 2.540 0.869431
            <sil> 2.540 2.600 0.448300
            uses(4) 2.710 3.070 0.783779
            </s> 11.640 11.820 1.000100
            """;

    @Test
    void keeps_the_timed_words_without_markers_or_pronunciation_numbers() {
        assertThat(PocketSphinxOutput.words(OUTPUT))
                .containsExactly(
                        new TimedWord("the", 0.18, 0.27),
                        new TimedWord("hash", 0.28, 0.68),
                        new TimedWord("and", 1.55, 1.70),
                        new TimedWord("values", 1.71, 2.25),
                        new TimedWord("uses", 2.71, 3.07));
    }

    @Test
    void nothing_recognised_gives_no_words() {
        assertThat(PocketSphinxOutput.words("")).isEmpty();
        assertThat(PocketSphinxOutput.words("\n<s> 0.100 0.170 0.999600\n</s> 0.180 0.270 1.000000\n"))
                .isEmpty();
    }
}
