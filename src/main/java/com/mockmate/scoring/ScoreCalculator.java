package com.mockmate.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/** total = 0.5·technical + 0.2·communication + 0.15·depth + 0.15·grammar, from the rubric's points. */
@Component
public class ScoreCalculator {

    static final BigDecimal TECHNICAL_WEIGHT = new BigDecimal("0.50");
    static final BigDecimal COMMUNICATION_WEIGHT = new BigDecimal("0.20");
    static final BigDecimal DEPTH_WEIGHT = new BigDecimal("0.15");
    static final BigDecimal GRAMMAR_WEIGHT = new BigDecimal("0.15");

    public ScoreCard score(DimensionRatings ratings) {
        var technical = points(ratings.technical());
        var depth = points(ratings.depth());
        var communication = points(ratings.communication());
        var grammar = points(ratings.grammar());
        var total = technical
                .multiply(TECHNICAL_WEIGHT)
                .add(communication.multiply(COMMUNICATION_WEIGHT))
                .add(depth.multiply(DEPTH_WEIGHT))
                .add(grammar.multiply(GRAMMAR_WEIGHT))
                .setScale(2, RoundingMode.HALF_UP);
        return new ScoreCard(technical, depth, communication, grammar, total);
    }

    private static BigDecimal points(DimensionRating rating) {
        return BigDecimal.valueOf(rating.rating().points()).setScale(2, RoundingMode.UNNECESSARY);
    }
}
