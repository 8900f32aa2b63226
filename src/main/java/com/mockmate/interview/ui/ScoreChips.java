package com.mockmate.interview.ui;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The four dimension scores and the total of one answer, as compact chips. A dimension rated "none" had nothing to
 * judge (no answer, "I don't know"): its 0 is shown as "not assessed", in a neutral colour, so that a candidate does not
 * read it as a grammar of 0.
 */
class ScoreChips extends Div {

    static final String NOT_ASSESSED = "not assessed";

    ScoreChips(ScoreCard scores, @Nullable AnswerEvaluation evaluation) {
        addClassName("mm-score-chips");
        add(
                chip("Technical", scores.technical(), evaluation == null ? null : evaluation.technical()),
                chip("Depth", scores.depth(), evaluation == null ? null : evaluation.depth()),
                chip("Communication", scores.communication(), evaluation == null ? null : evaluation.communication()),
                chip("Grammar", scores.grammar(), evaluation == null ? null : evaluation.grammar()));
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

    private static Span chip(String label, BigDecimal value, @Nullable DimensionRating rating) {
        if (rating == null || rating.rating() != Rating.NONE) {
            return chip(label, value);
        }
        var note = new Span(NOT_ASSESSED);
        note.addClassName("mm-score-note");
        var chip = new Span(new Span(label), new Span(QuestionScores.shown(value)), note);
        chip.addClassNames("mm-score-chip", "mm-score-unassessed");
        chip.getElement().setAttribute("title", rating.justification());
        return chip;
    }

    static String band(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return "mm-score-high";
        }
        return value.compareTo(BigDecimal.valueOf(50)) >= 0 ? "mm-score-mid" : "mm-score-low";
    }
}
