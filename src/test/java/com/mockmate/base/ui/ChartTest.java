package com.mockmate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The chart component without a browser: what it hands to ECharts, how it names itself, and its table. */
class ChartTest {

    final Chart chart = new Chart("Scores over time", "Line chart of your scores over time.");

    @Test
    void hands_the_option_built_in_java_to_the_browser_as_json() {
        var option = JsonNodeFactory.instance.objectNode();
        option.putObject("xAxis").put("type", "time");
        option.putArray("series").addObject().put("type", "line").put("name", "Java");

        chart.setOption(option);

        assertThat(chart.canvas.getElement().getTag()).isEqualTo("mm-echart");
        assertThat(chart.getOptionJson())
                .isEqualTo("{\"xAxis\":{\"type\":\"time\"},\"series\":[{\"type\":\"line\",\"name\":\"Java\"}]}");
    }

    @Test
    void the_drawing_is_an_image_with_an_accessible_name() {
        assertThat(chart.canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.canvas.getElement().getAttribute("aria-label"))
                .isEqualTo("Line chart of your scores over time.");
    }

    @Test
    void shows_the_same_data_as_a_table_on_request_and_back() {
        chart.setTable(List.of("Date", "Topic", "Score"), List.of(List.of("1 Dec 2026", "Java", "64")));
        assertThat(chart.table.isVisible()).isFalse();

        chart.toggle.click();

        assertThat(chart.table.isVisible()).isTrue();
        assertThat(chart.canvas.isVisible()).isFalse();
        assertThat(chart.toggle.getText()).isEqualTo("Show as chart");
        assertThat(chart.toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chart.table.getCaptionText()).isEqualTo("Scores over time");
        var row = chart.table.getBody().getRows().getFirst();
        assertThat(row.getHeaderCells().getFirst().getText()).isEqualTo("1 Dec 2026");
        assertThat(row.getDataCells()).extracting(c -> c.getText()).containsExactly("Java", "64");
        assertThat(row.getDataCells().get(1).getClassNames()).contains("mm-num");
        assertThat(row.getDataCells().get(0).getClassNames()).doesNotContain("mm-num");

        chart.toggle.click();

        assertThat(chart.table.isVisible()).isFalse();
        assertThat(chart.canvas.isVisible()).isTrue();
        assertThat(chart.toggle.getText()).isEqualTo("Show as table");
    }
}
