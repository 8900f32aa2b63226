package com.mockmate.interview.ui;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.service.AttemptComparison;
import com.mockmate.interview.service.QuestionAttempt;
import com.mockmate.scoring.Rating;
import com.mockmate.scoring.ScoreCard;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Two attempts side by side: per dimension the rating and points of each and the change, then the total, the length of
 * the answers and, when both were spoken, their pace. Score changes are coloured; length and pace are not, since more
 * words or a faster pace are not better in themselves.
 */
class AttemptTable extends NativeTable {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    AttemptTable(AttemptComparison comparison) {
        addClassName("mm-compare-table");
        setCaptionText("Scores of the two attempts and how they changed");
        var head = getHead().addRow();
        head.addHeaderCell().setText("");
        head.addHeaderCell().add(attemptLabel("Earlier", comparison.before().attempt()));
        head.addHeaderCell().add(attemptLabel("Later", comparison.after().attempt()));
        head.addHeaderCell().setText("Change");
        var before = comparison.before().attempt();
        var after = comparison.after().attempt();
        var deltas = comparison.deltas();
        dimension("Technical", before, after, ScoreCard::technical, QuestionAttempt.Ratings::technical, deltas);
        dimension("Depth", before, after, ScoreCard::depth, QuestionAttempt.Ratings::depth, deltas);
        dimension(
                "Communication",
                before,
                after,
                ScoreCard::communication,
                QuestionAttempt.Ratings::communication,
                deltas);
        dimension("Grammar", before, after, ScoreCard::grammar, QuestionAttempt.Ratings::grammar, deltas);
        var total = row(
                "Total",
                QuestionScores.shown(before.scores().total()),
                QuestionScores.shown(after.scores().total()),
                scoreDelta(deltas.total()));
        total.addClassName("mm-compare-total");
        row(
                "Length",
                comparison.before().words() + " words",
                comparison.after().words() + " words",
                neutral(signed(comparison.wordsDelta()) + " words"));
        if (comparison.before().wordsPerMinute() != null || comparison.after().wordsPerMinute() != null) {
            var pace = comparison.paceDelta();
            row(
                    "Pace (spoken)",
                    wpm(comparison.before().wordsPerMinute()),
                    wpm(comparison.after().wordsPerMinute()),
                    neutral(pace == null ? "–" : signed(pace) + " wpm"));
        }
    }

    private void dimension(
            String name,
            QuestionAttempt before,
            QuestionAttempt after,
            Function<ScoreCard, BigDecimal> score,
            Function<QuestionAttempt.Ratings, Rating> rating,
            ScoreCard deltas) {
        row(
                name,
                rated(rating.apply(before.ratings()), score.apply(before.scores())),
                rated(rating.apply(after.ratings()), score.apply(after.scores())),
                scoreDelta(score.apply(deltas)));
    }

    private NativeTableRow row(String name, String before, String after, Span change) {
        var row = getBody().addRow();
        row.addHeaderCell().setText(name);
        row.addDataCell().setText(before);
        row.addDataCell().setText(after);
        row.addDataCell().add(change);
        return row;
    }

    private static Span attemptLabel(String which, QuestionAttempt attempt) {
        var kind = new Span(attempt.practice() ? "Practice" : "Test");
        kind.getElement().getThemeList().add(attempt.practice() ? "badge" : "badge contrast");
        var when = new Span(WHEN.format(attempt.answeredAt().atZone(ZoneId.systemDefault())));
        when.addClassName("mm-compare-when");
        var label = new Span(new Span(which), kind, when);
        label.addClassName("mm-compare-attempt");
        return label;
    }

    static String rated(Rating rating, BigDecimal points) {
        var name = rating.wireName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " · " + QuestionScores.shown(points);
    }

    /** A score change as a whole number: green when it went up, red when it went down. */
    static Span scoreDelta(BigDecimal delta) {
        var shown = new BigDecimal(QuestionScores.shown(delta));
        var span = new Span(signed(shown.intValue()));
        span.addClassNames(
                "mm-delta",
                shown.signum() > 0 ? "mm-delta-up" : shown.signum() < 0 ? "mm-delta-down" : "mm-delta-same");
        return span;
    }

    private static Span neutral(String text) {
        var span = new Span(text);
        span.addClassNames("mm-delta", "mm-delta-same");
        return span;
    }

    static String signed(double value) {
        if (value == 0) {
            return "±0";
        }
        var number =
                value == Math.rint(value) ? String.valueOf((long) Math.abs(value)) : String.valueOf(Math.abs(value));
        return (value > 0 ? "+" : "−") + number;
    }

    private static String wpm(@Nullable Double wordsPerMinute) {
        return wordsPerMinute == null ? "typed" : Math.round(wordsPerMinute) + " wpm";
    }
}
