package com.mockmate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator();

    @Test
    void weighs_technical_half_communication_a_fifth_and_depth_and_grammar_fifteen_percent_each() {
        var card = calculator.score(evaluation(Rating.GOOD, Rating.EXCELLENT, Rating.FAIR, Rating.POOR));

        // 0.5·80 + 0.2·60 + 0.15·100 + 0.15·30 = 40 + 12 + 15 + 4.5
        assertThat(card.total()).isEqualTo(new BigDecimal("71.50"));
        assertThat(card.technical()).isEqualTo(new BigDecimal("80.00"));
        assertThat(card.depth()).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.communication()).isEqualTo(new BigDecimal("60.00"));
        assertThat(card.grammar()).isEqualTo(new BigDecimal("30.00"));
    }

    @Test
    void scores_all_none_as_zero_and_all_excellent_as_one_hundred() {
        assertThat(calculator
                        .score(evaluation(Rating.NONE, Rating.NONE, Rating.NONE, Rating.NONE))
                        .total())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(calculator
                        .score(evaluation(Rating.EXCELLENT, Rating.EXCELLENT, Rating.EXCELLENT, Rating.EXCELLENT))
                        .total())
                .isEqualTo(new BigDecimal("100.00"));
    }

    private static DimensionRatings evaluation(Rating technical, Rating depth, Rating communication, Rating grammar) {
        return new DimensionRatings(
                new DimensionRating(technical, "t"),
                new DimensionRating(depth, "d"),
                new DimensionRating(communication, "c"),
                new DimensionRating(grammar, "g"));
    }
}
