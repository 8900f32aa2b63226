package com.mockmate.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Apache ECharts (WebJar {@code org.webjars.npm:echarts}), from an option built in Java
 * (see the ECharts option reference). Every chart has a title, an accessible name, and the same numbers as a table
 * behind a "Show as table" toggle, for screen readers, keyboard users and anyone who wants exact values. It fills its
 * container's width and redraws when that changes, down to phone width.
 */
@StyleSheet("context://styles/chart.css")
public class Chart extends Composite<Div> {

    static final String MODULE = "context://scripts/chart.js";

    /** Numbers are right-aligned in the table so that their digits line up; words stay left. */
    private static final Pattern NUMBER = Pattern.compile("[−+-]?\\d+([.,]\\d+)?( ?%)?");

    final Button toggle = new Button("Show as table");
    final Canvas canvas = new Canvas();
    final NativeTable table = new NativeTable();

    /**
     * @param title shown above the chart and caption of its table
     * @param description the accessible name of the drawing: what it shows, in a sentence
     */
    public Chart(String title, String description) {
        var heading = new H3(title);
        heading.addClassName("mm-chart-title");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.addClickListener(e -> showTable(!table.isVisible()));
        var header = new Div(heading, toggle);
        header.addClassName("mm-chart-header");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", description);
        table.setCaptionText(title);
        table.addClassName("mm-chart-table");
        table.setVisible(false);
        getContent().addClassName("mm-chart");
        getContent().add(header, canvas, table);
    }

    /** What ECharts draws; replaces the previous option. */
    public void setOption(ObjectNode option) {
        canvas.getElement().setAttribute("option", option.toString());
    }

    /**
     * The same data as a table: one header row and rows of already formatted cells; the first cell of a row heads it.
     * Columns of numbers only are right-aligned so that their digits line up.
     */
    public void setTable(List<String> headers, List<List<String>> rows) {
        table.getHead().removeAll();
        table.getBody().removeAll();
        var head = new NativeTableRow();
        for (int column = 0; column < headers.size(); column++) {
            var cell = head.addHeaderCell();
            cell.setText(headers.get(column));
            cell.getElement().setAttribute("scope", "col");
            if (numeric(rows, column)) {
                cell.addClassName("mm-num");
            }
        }
        table.getHead().add(head);
        for (var row : rows) {
            var tr = new NativeTableRow();
            var rowHeader = tr.addHeaderCell();
            rowHeader.setText(row.getFirst());
            rowHeader.getElement().setAttribute("scope", "row");
            for (int column = 1; column < row.size(); column++) {
                var cell = tr.addDataCell();
                cell.setText(row.get(column));
                if (numeric(rows, column)) {
                    cell.addClassName("mm-num");
                }
            }
            table.getBody().add(tr);
        }
    }

    private static boolean numeric(List<List<String>> rows, int column) {
        return column > 0
                && !rows.isEmpty()
                && rows.stream().allMatch(row -> NUMBER.matcher(row.get(column)).matches());
    }

    public void showTable(boolean asTable) {
        table.setVisible(asTable);
        canvas.setVisible(!asTable);
        toggle.setText(asTable ? "Show as chart" : "Show as table");
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(asTable));
    }

    public String getOptionJson() {
        return canvas.getElement().getAttribute("option");
    }

    /** The drawing surface: {@code <mm-echart>} of scripts/chart.js. */
    @Tag("mm-echart")
    static final class Canvas extends Component {

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            attachEvent.getUI().getPage().addJsModule(MODULE);
        }
    }
}
