package com.mockmate.progress.ui;

import static com.mockmate.progress.ui.ProgressCharts.day;
import static com.mockmate.progress.ui.ProgressCharts.shown;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.progress.service.Progress;
import com.mockmate.progress.service.ProgressFilter;
import com.mockmate.progress.service.ProgressService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/** The candidate's progress: scores over time, first against latest, the spread, each topic, and what to revisit. */
@Route("progress")
@PageTitle("My progress | MockMate")
@Menu(order = 16, title = "My progress", icon = "CHART_LINE")
@PermitAll
@StyleSheet("context://styles/progress.css")
public class ProgressView extends VerticalLayout {

    ProgressView(ProgressService progressService) {
        var service = ServiceRef.of(ProgressService.class, progressService);
        addClassName("mm-page");
        addClassName("mm-progress");
        add(new H2("My progress"));
        var progress = service.get().progress(AuthenticatedUser.required(), ProgressFilter.ALL);
        if (progress.completedSessions() == 0) {
            add(emptyState());
            return;
        }
        add(stats(progress), charts(progress), new H3("Topics"), topics(progress));
        if (!progress.mostMissedKeyPoints().isEmpty()) {
            add(new H3("Key points to revisit"), missed(progress));
        }
    }

    private Component emptyState() {
        var text = new Paragraph("Your progress appears here once you have completed an interview: scores over time,"
                + " each topic's trend, and the key points worth another look.");
        text.addClassName("mm-muted");
        var start = new Button("Choose an assessment", e -> getUI().ifPresent(ui -> ui.navigate("assessments")));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var title = new H3("No completed interviews yet");
        var box = new Div(title, text, start);
        box.addClassNames("mm-card", "mm-progress-empty");
        return box;
    }

    private static Component stats(Progress progress) {
        var totals = progress.series().stream().map(Progress.Point::total).toList();
        var mean = totals.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        var best = totals.stream().max(Comparator.naturalOrder()).orElseThrow();
        var streak = progress.streak().days();
        var row = new Div(
                stat(streak == 1 ? "1 day" : streak + " days", "Streak"),
                stat(Integer.toString(progress.completedSessions()), "Interviews completed"),
                stat(shown(mean), "Mean score"),
                stat(shown(best), "Best score"));
        row.addClassName("mm-stats");
        return row;
    }

    private static Component stat(String value, String label) {
        var number = new Span(value);
        number.addClassName("mm-stat-value");
        var caption = new Span(label);
        caption.addClassName("mm-stat-label");
        var tile = new Div(number, caption);
        tile.addClassName("mm-stat");
        return tile;
    }

    private static Component charts(Progress progress) {
        var grid = new Div(
                card(ProgressCharts.totalsOverTime(progress)),
                card(ProgressCharts.firstVersusLatest(progress)),
                card(ProgressCharts.distribution(progress)));
        grid.addClassName("mm-chart-grid");
        return grid;
    }

    private static Component card(Component content) {
        var card = new Div(content);
        card.addClassName("mm-card");
        return card;
    }

    private static Component topics(Progress progress) {
        var grid = new Div();
        grid.addClassName("mm-card-grid");
        progress.topics().forEach(topic -> grid.add(topicCard(topic)));
        return grid;
    }

    private static Component topicCard(Progress.TopicProgress topic) {
        var name = new H3(topic.topic());
        var mean = new Span(shown(topic.meanTotal()));
        mean.addClassName("mm-topic-mean");
        var facts = new Div(
                fact("Interviews", Integer.toString(topic.sessions())),
                fact("Trend", trend(topic)),
                fact("Best", shown(topic.bestTotal())),
                fact("Last practised", day(topic.lastPractised())));
        facts.addClassName("mm-topic-facts");
        var head = new Div(name, mean);
        head.addClassName("mm-topic-head");
        mean.getElement().setAttribute("title", "Mean score");
        var card = new Div(head, facts);
        card.addClassNames("mm-card", "mm-topic-card");
        return card;
    }

    /** Points per interview over the last five; "steady" when flat, a dash with too few interviews to tell. */
    static String trend(Progress.TopicProgress topic) {
        var trend = topic.trend();
        if (trend == null) {
            return "–";
        }
        var rounded = trend.setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "Steady";
        }
        return (rounded.signum() > 0 ? "▲ +" : "▼ ") + rounded.toPlainString() + " per interview";
    }

    private static Component fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("mm-muted");
        var text = new Span(value);
        var fact = new Div(name, text);
        fact.addClassName("mm-topic-fact");
        return fact;
    }

    private static Component missed(Progress progress) {
        var list = new UnorderedList();
        list.addClassName("mm-missed");
        for (var point : progress.mostMissedKeyPoints()) {
            var title = new Span(point.keyPoint());
            title.addClassName("mm-card-title");
            var count = new Span(point.misses() == 1 ? "missed once" : "missed " + point.misses() + " times");
            count.addClassName("mm-muted");
            var questions = new Span("In: "
                    + String.join(
                            " · ",
                            point.questions().stream()
                                    .map(Progress.QuestionRef::text)
                                    .toList()));
            questions.addClassNames("mm-muted", "mm-missed-questions");
            list.add(new ListItem(title, count, questions));
        }
        var hint = new Paragraph("Key points of questions whose technical rating was fair or lower: by the rubric"
                + " about half of them or fewer were covered.");
        hint.addClassName("mm-hint");
        return new Div(list, hint);
    }
}
