package com.mockmate.progress.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.base.ui.Chart;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProgressViewTest extends BrowserlessTest {

    @Autowired
    Clock clock;

    @Test
    void shows_streak_charts_topic_cards_and_key_points_to_revisit() {
        var candidate = signInAsNew(Role.USER);
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var today = LocalDate.now(clock);
        history.completed(candidate.id(), noon(today.minusDays(1)), java.answered("fair", 50, 50, 40, 60, 70));
        history.completed(candidate.id(), noon(today), java.answered("good", 70, 70, 60, 80, 80));

        UI.getCurrent().navigate("progress");

        var view = _get(ProgressView.class);
        var text = get_textRecursively(view);
        assertThat(text).contains("2 days", "Streak", "Interviews completed", "Java", "▲ +20.0 per interview");
        assertThat(text).contains("Key points to revisit", java.keyPoints().getFirst());
        var charts = _find(view, Chart.class);
        assertThat(charts).hasSize(3);
        assertThat(charts.getFirst().getOptionJson()).contains("\"name\":\"Java\"", "\"type\":\"line\"");
        assertThat(text).contains("Show as table");
        SessionSerialization.roundTripCurrentSession("progress view");
    }

    @Test
    void a_candidate_without_completed_interviews_sees_where_to_start() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("progress");

        var view = _get(ProgressView.class);
        assertThat(get_textRecursively(view)).contains("No completed interviews yet");
        assertThat(_find(view, Chart.class)).isEmpty();
        _get(view, Button.class, spec -> spec.withText("Choose an assessment")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("assessments");
    }

    private java.time.Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toInstant();
    }
}
