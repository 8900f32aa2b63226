package com.mockmate.profile.ui;

import com.mockmate.profile.service.Insights;
import com.mockmate.profile.service.Insights.TopicInsight;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Verified by MockMate": what the interviews showed, set apart from what the candidate wrote (its own frame, colour
 * and badge), so that no visitor mistakes one for the other.
 */
class InsightsPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter INSTANT_DAY = DAY.withZone(ZoneOffset.UTC);

    InsightsPanel(Insights insights) {
        addClassName("mm-verified");
        var badge = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span("Verified by MockMate"));
        badge.addClassName("mm-verified-badge");
        add(badge);
        if (insights.sessions() == 0) {
            add(new Paragraph("Insights appear here after the first completed interview: a verified level per topic,"
                    + " strengths, delivery and milestones."));
            return;
        }
        var intro = new Paragraph("From " + insights.sessions() + " completed interview"
                + (insights.sessions() == 1 ? "" : "s")
                + (insights.computedAt() == null ? "" : ", updated " + INSTANT_DAY.format(insights.computedAt()))
                + ". Practice sessions are not counted.");
        intro.addClassName("mm-muted");
        add(intro);
        var topics = new Div();
        topics.addClassName("mm-verified-topics");
        insights.topics().forEach(topic -> topics.add(topic(topic, insights)));
        add(topics);
        if (insights.dimensions() != null) {
            add(dimensions(insights.dimensions()));
        }
        if (insights.delivery() != null) {
            add(delivery(insights.delivery()));
        }
        if (!insights.milestones().isEmpty()) {
            add(new H3("Milestones"));
            var list = new UnorderedList();
            list.addClassName("mm-verified-milestones");
            insights.milestones().forEach(m -> list.add(new ListItem(m.title() + " · " + DAY.format(m.achievedOn()))));
            add(list);
        }
    }

    private static Component topic(TopicInsight topic, Insights insights) {
        var name = new Span(topic.topic());
        name.addClassName("mm-card-title");
        var level = new Span(topic.level().label());
        level.getElement().getThemeList().add("badge pill " + (topic.level().ordinal() >= 2 ? "success" : "contrast"));
        var head = new Div(name, level);
        head.addClassName("mm-verified-topic-head");
        var evidence = new Span("Mean " + number(topic.mean()) + " over " + topic.sessions() + " interview"
                + (topic.sessions() == 1 ? "" : "s") + trend(topic.trend()) + " · last "
                + INSTANT_DAY.format(topic.lastPractised()));
        evidence.addClassName("mm-muted");
        var card = new Div(head, evidence);
        card.addClassName("mm-verified-topic");
        if (topic.topic().equals(insights.strongestTopic())) {
            card.add(tag("Strongest"));
        } else if (topic.topic().equals(insights.weakestTopic())) {
            card.add(tag("Most room to grow"));
        }
        return card;
    }

    private static Component dimensions(Insights.Dimensions dimensions) {
        var row = new Div(
                stat(number(dimensions.technical()), "Technical"),
                stat(number(dimensions.depth()), "Depth"),
                stat(number(dimensions.communication()), "Communication"),
                stat(number(dimensions.grammar()), "Grammar"));
        row.addClassName("mm-verified-stats");
        return row;
    }

    private static Component delivery(Insights.Delivery delivery) {
        var row = new Div(
                stat(Math.round(delivery.wordsPerMinute()) + " wpm" + arrow(delivery.paceTrend()), "Speaking pace"),
                stat(delivery.fillersPerMinute() + "/min" + arrow(delivery.fillerTrend()), "Filler words"),
                stat(Integer.toString(delivery.spokenAnswers()), "Spoken answers"));
        row.addClassName("mm-verified-stats");
        return row;
    }

    private static Component stat(String value, String label) {
        var number = new Span(value);
        number.addClassName("mm-verified-stat-value");
        var caption = new Span(label);
        caption.addClassName("mm-muted");
        var stat = new Div(number, caption);
        stat.addClassName("mm-verified-stat");
        return stat;
    }

    private static Span tag(String text) {
        var tag = new Span(text);
        tag.addClassName("mm-verified-tag");
        return tag;
    }

    private static String trend(@Nullable BigDecimal trend) {
        if (trend == null || trend.signum() == 0) {
            return "";
        }
        return trend.signum() > 0 ? " · rising" : " · falling";
    }

    private static String arrow(@Nullable Double trend) {
        if (trend == null || trend == 0) {
            return "";
        }
        return trend > 0 ? " ↑" : " ↓";
    }

    private static String number(BigDecimal value) {
        return value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
