package com.mockmate.progress.ui;

import com.mockmate.base.ui.Chart;
import com.mockmate.progress.service.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The progress view's three charts: ECharts options and the tables that say the same. */
final class ProgressCharts {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> DIMENSIONS = List.of("Technical", "Depth", "Communication", "Grammar");
    private static final int BIN_WIDTH = 10;

    private ProgressCharts() {}

    /** One line per topic: the topic's score in each interview over time. */
    static Chart totalsOverTime(Progress progress) {
        var chart = new Chart(
                "Scores over time", "Line chart of your interview scores from 0 to 100 over time, one line per topic.");
        var option = base();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("xAxis").put("type", "time").putObject("splitLine").put("show", false);
        percentAxis(option);
        var series = option.putArray("series");
        var rows = new ArrayList<Row>();
        for (var topic : progress.topics()) {
            var line = series.addObject()
                    .put("name", topic.topic())
                    .put("type", "line")
                    .put("symbolSize", 7)
                    .put("connectNulls", true);
            var data = line.putArray("data");
            for (var point : topic.series()) {
                data.addArray().add(ISO_DAY.format(point.completedAt())).add(point.total());
                rows.add(new Row(point.completedAt(), topic.topic(), point.total()));
            }
        }
        chart.setOption(option);
        chart.setTable(
                List.of("Date", "Topic", "Score"),
                rows.stream()
                        .sorted(Comparator.comparing(Row::completedAt).thenComparing(Row::topic))
                        .map(row -> List.of(DAY.format(row.completedAt()), row.topic(), shown(row.total())))
                        .toList());
        return chart;
    }

    /** The four rubric dimensions of the first interview next to those of the latest. */
    static Chart firstVersusLatest(Progress progress) {
        var first = progress.series().getFirst();
        var latest = progress.series().getLast();
        var chart = new Chart(
                "First and latest interview",
                "Bar chart comparing the four dimension scores of your first interview, on " + day(first.completedAt())
                        + ", with your latest, on " + day(latest.completedAt()) + ".");
        // Horizontal bars: the dimension names stay readable at phone width.
        var option = base();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
        var categories = option.putObject("yAxis")
                .put("type", "category")
                .put("inverse", true)
                .putArray("data");
        DIMENSIONS.forEach(categories::add);
        var series = option.putArray("series");
        addBars(series, "First · " + day(first.completedAt()), dimensions(first), "#9db4f5");
        addBars(series, "Latest · " + day(latest.completedAt()), dimensions(latest), "#2f5bea");
        chart.setOption(option);
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            rows.add(List.of(
                    DIMENSIONS.get(i),
                    shown(dimensions(first).get(i)),
                    shown(dimensions(latest).get(i))));
        }
        chart.setTable(
                List.of(
                        "Dimension",
                        "First (" + day(first.completedAt()) + ")",
                        "Latest (" + day(latest.completedAt()) + ")"),
                rows);
        return chart;
    }

    /** How many interviews scored in each band of ten points. */
    static Chart distribution(Progress progress) {
        var chart = new Chart(
                "Score distribution", "Histogram of how many of your interviews scored in each band of ten points.");
        int[] counts = new int[100 / BIN_WIDTH];
        for (var point : progress.series()) {
            int bin = Math.min(counts.length - 1, point.total().intValue() / BIN_WIDTH);
            counts[bin]++;
        }
        var option = base();
        option.putObject("tooltip").put("trigger", "axis");
        var xAxis = option.putObject("xAxis").put("type", "category");
        xAxis.putObject("axisLabel").put("interval", 0).put("rotate", 40).put("fontSize", 11);
        var labels = xAxis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        var data = option.putArray("series")
                .addObject()
                .put("name", "Interviews")
                .put("type", "bar")
                .put("barCategoryGap", "8%")
                .put("color", "#2f5bea")
                .putArray("data");
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < counts.length; i++) {
            var label = band(i);
            labels.add(label);
            data.add(counts[i]);
            rows.add(List.of(label, Integer.toString(counts[i])));
        }
        chart.setOption(option);
        chart.setTable(List.of("Score", "Interviews"), rows);
        return chart;
    }

    /** A point of the scores-over-time table, sorted by date for reading. */
    private record Row(Instant completedAt, String topic, BigDecimal total) {}

    static String shown(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    private static String band(int bin) {
        int low = bin * BIN_WIDTH;
        return low + "–" + (bin == 100 / BIN_WIDTH - 1 ? 100 : low + BIN_WIDTH - 1);
    }

    private static List<BigDecimal> dimensions(Progress.Point point) {
        return List.of(point.technical(), point.depth(), point.communication(), point.grammar());
    }

    private static void addBars(ArrayNode series, String name, List<BigDecimal> values, String color) {
        var data = series.addObject()
                .put("name", name)
                .put("type", "bar")
                .put("color", color)
                .putArray("data");
        values.forEach(data::add);
    }

    private static ObjectNode base() {
        var option = JSON.objectNode();
        option.put("animation", false);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 28)
                .put("bottom", 40)
                .put("containLabel", true);
        return option;
    }

    private static void percentAxis(ObjectNode option) {
        option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100);
    }
}
