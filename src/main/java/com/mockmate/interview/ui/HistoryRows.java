package com.mockmate.interview.ui;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.SessionListItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How one interview reads in the history: the wide grid's cells and the stacked card shown on a phone. */
final class HistoryRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private HistoryRows() {}

    static boolean inProgress(SessionListItem session) {
        return session.status() == SessionStatus.IN_PROGRESS;
    }

    static String started(SessionListItem session) {
        return WHEN.format(session.startedAt().atZone(ZoneId.systemDefault()));
    }

    static String status(SessionListItem session) {
        return statusLabel(session.status());
    }

    static String statusLabel(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case ABANDONED -> "Set aside";
        };
    }

    static String score(SessionListItem session) {
        return session.totalScore() == null ? "–" : QuestionScores.shown(session.totalScore());
    }

    static String evaluator(SessionListItem session) {
        return "offline".equals(session.llmProvider()) ? "Offline evaluator" : session.llmProvider();
    }

    /** A practice session (one question tried again, kept out of test averages) is marked; a test is not. */
    static Span practiceBadge(SessionListItem session) {
        var badge = new Span(session.practice() ? "Practice" : "");
        if (session.practice()) {
            badge.getElement().getThemeList().add("badge small");
        }
        return badge;
    }

    static Div summary(SessionListItem session) {
        var title = new Span(session.assessmentTitle());
        title.addClassName("mm-card-title");
        if (session.practice()) {
            var badge = practiceBadge(session);
            badge.getStyle().setMarginLeft("var(--lumo-space-s)");
            title.add(badge);
        }
        var outcome = new Span(
                session.status() == SessionStatus.COMPLETED
                        ? "Completed · score " + score(session) + " / 100"
                        : status(session));
        var when = new Span(started(session) + " · " + evaluator(session));
        when.addClassName("mm-muted");
        var card = new Div(title, outcome, when);
        card.addClassName("mm-row-card");
        return card;
    }

    /** Says what a click does; the row itself is the target, so this is no button of its own. */
    static Span openHint(SessionListItem session) {
        var hint = new Span(inProgress(session) ? "Resume" : "Open results");
        hint.add(VaadinIcon.ANGLE_RIGHT.create());
        hint.addClassName("mm-row-open");
        return hint;
    }
}
