package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.StatusCounts;

/**
 * Counts by status as a stacked bar chart: a bar per row, one segment per status, all bars on the
 * scale of the longest. Drawn as plain elements sized in percent (no chart library, no front-end
 * code), so that labels keep the page's font size at any width, where a scaled SVG shrank them;
 * the colours come from the stylesheet by each segment's data-status, as the badges' do. Each
 * segment carries a title with its exact figure; the table beside the chart gives all of them.
 */
final class StackedBars extends Div {

    /** One bar: its label and its counts. */
    record Bar(String label, StatusCounts counts) {
    }

    StackedBars(List<Bar> bars, Function<CommitmentStatus, String> statusName) {
        addClassName("status-chart");
        var max = bars.stream().mapToLong(b -> b.counts().total()).max().orElse(0);
        for (var bar : bars) {
            var track = new Div();
            track.addClassName("chart-bar");
            for (var status : CommitmentStatus.values()) {
                var count = bar.counts().of(status);
                if (count == 0) {
                    continue;
                }
                var segment = new Span();
                segment.addClassName("chart-segment");
                segment.getElement().setAttribute("data-status", status.name());
                segment.getElement().setAttribute("title", bar.label() + " – " + statusName.apply(status) + ": " + count);
                segment.getStyle().setWidth(percent(count, max));
                track.add(segment);
            }
            var label = new Span(bar.label());
            label.addClassName("chart-label");
            var total = new Span(String.valueOf(bar.counts().total()));
            total.addClassName("chart-total");
            var row = new Div(label, track, total);
            row.addClassName("chart-row");
            add(row);
        }
    }

    /** Two decimals at most, with a dot whatever the server's locale. */
    private static String percent(long count, long max) {
        return String.format(Locale.ROOT, "%.2f", 100.0 * count / max).replaceAll("\\.?0+$", "") + "%";
    }
}
