package com.mockmate.catalog.ui;

import com.mockmate.catalog.domain.Difficulty;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Difficulty as a coloured badge: green, neutral, red; the same colours wherever questions are listed. */
public final class DifficultyBadge {

    private DifficultyBadge() {}

    public static Span of(Difficulty difficulty) {
        var badge = new Span(label(difficulty));
        var theme = switch (difficulty) {
            case EASY -> "badge success";
            case MEDIUM -> "badge";
            case HARD -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    public static String label(Difficulty difficulty) {
        var name = difficulty.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
