package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.StatusCounts;

/**
 * Counts by status for parties or for areas: a stacked bar chart with its legend, and the same
 * figures in a table that screen readers read and that tests check (each row's data-* counts).
 */
class StatusChart extends Div {

    /** A row: its label, its class and key attribute (data-party=code or data-area=id), and its counts. */
    record Row(String label, String className, String keyAttribute, String key, StatusCounts counts) {
    }

    StatusChart(String title, String headerOfRows, List<Row> rows) {
        addClassName("status-chart-panel");
        var heading = new H3(title);
        add(heading);
        if (rows.isEmpty()) {
            add(new Span(getTranslation("commitment.summary.none")));
            return;
        }
        var chart = new StackedBars(rows.stream().map(r -> new StackedBars.Bar(r.label(), r.counts())).toList(), this::statusName);
        // The chart only shows; the table next to it says the same exactly.
        chart.getElement().setAttribute("aria-hidden", "true");
        add(chart, legend(), table(title, headerOfRows, rows));
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("status-legend");
        for (var status : CommitmentStatus.values()) {
            var swatch = new Span();
            swatch.addClassName("status-swatch");
            swatch.getElement().setAttribute("data-status", status.name());
            var item = new Span(swatch, new Span(statusName(status)));
            item.addClassName("legend-item");
            legend.add(item);
        }
        return legend;
    }

    private NativeTable table(String title, String headerOfRows, List<Row> rows) {
        var table = new NativeTable();
        table.addClassName("status-table");
        table.getElement().setAttribute("aria-label", title);
        var header = new NativeTableRow();
        header.add(new NativeTableHeaderCell(headerOfRows));
        for (var status : CommitmentStatus.values()) {
            header.add(new NativeTableHeaderCell(statusName(status)));
        }
        header.add(new NativeTableHeaderCell(getTranslation("commitment.summary.total")));
        table.getHead().add(header);
        for (var row : rows) {
            var tr = new NativeTableRow();
            tr.addClassName(row.className());
            tr.getElement().setAttribute(row.keyAttribute(), row.key());
            var name = new NativeTableHeaderCell(row.label());
            name.getElement().setAttribute("scope", "row");
            tr.add(name);
            for (var status : CommitmentStatus.values()) {
                var count = row.counts().of(status);
                tr.getElement().setAttribute(attribute(status), String.valueOf(count));
                tr.add(new NativeTableCell(String.valueOf(count)));
            }
            tr.getElement().setAttribute("data-total", String.valueOf(row.counts().total()));
            tr.add(new NativeTableCell(String.valueOf(row.counts().total())));
            table.getBody().add(tr);
        }
        return table;
    }

    /** data-not-started, data-in-progress, data-done, data-stalled: attribute names are lower case in HTML. */
    static String attribute(CommitmentStatus status) {
        return "data-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String statusName(CommitmentStatus status) {
        return getTranslation("commitment.status." + status.name());
    }
}
