package com.mockmate.interview.ui;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.scoring.ScoreCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;

/** The four dimension scores and the total of one answer, as compact chips. */
class ScoreChips extends Div {

    ScoreChips(ScoreCard scores) {
        addClassName("mm-score-chips");
        add(
                chip("Technical", scores.technical()),
                chip("Depth", scores.depth()),
                chip("Communication", scores.communication()),
                chip("Grammar", scores.grammar()));
        var total = chip("Total", scores.total());
        total.addClassName("mm-score-total");
        add(total);
    }

    static Span chip(String label, BigDecimal value) {
        var chip = new Span(new Span(label), new Span(QuestionScores.shown(value)));
        chip.addClassName("mm-score-chip");
        chip.addClassName(band(value));
        return chip;
    }

    static String band(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return "mm-score-high";
        }
        return value.compareTo(BigDecimal.valueOf(50)) >= 0 ? "mm-score-mid" : "mm-score-low";
    }
}
