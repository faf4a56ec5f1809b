package org.jwc.secretariat.commitment.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.StatusCounts;

/**
 * Counts by status as an SVG stacked bar chart: a bar per row, one segment per status, all bars on
 * the scale of the longest. Drawn on the server as markup (no chart library, no front-end code); the
 * colours come from the stylesheet by each segment's data-status, as the badges' do. Each segment
 * carries a title with its exact figure; the table beside the chart gives all of them.
 */
final class StackedBars {

    /** One bar: its label and its counts. */
    record Bar(String label, StatusCounts counts) {
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int TOTAL_WIDTH = 40;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    /** Characters of a label drawn in the chart; the table has it in full. */
    static final int LABEL_CHARACTERS = 26;

    private StackedBars() {
    }

    static String svg(String title, List<Bar> bars, Function<CommitmentStatus, String> statusName) {
        var height = Math.max(1, bars.size()) * ROW_HEIGHT;
        var max = bars.stream().mapToLong(b -> b.counts().total()).max().orElse(0);
        var room = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"status-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int row = 0; row < bars.size(); row++) {
            var bar = bars.get(row);
            var y = row * ROW_HEIGHT;
            var middle = y + ROW_HEIGHT / 2;
            svg.append("<g class=\"chart-row\">");
            svg.append("<text class=\"chart-label\" x=\"0\" y=\"").append(middle).append("\" dominant-baseline=\"middle\">")
                    .append("<title>").append(escape(bar.label())).append("</title>")
                    .append(escape(shortened(bar.label()))).append("</text>");
            double x = LABEL_WIDTH;
            for (var status : CommitmentStatus.values()) {
                var count = bar.counts().of(status);
                if (count == 0) {
                    continue;
                }
                var width = max == 0 ? 0 : room * (double) count / max;
                svg.append("<rect class=\"chart-segment\" data-status=\"").append(status.name()).append("\" x=\"")
                        .append(number(x)).append("\" y=\"").append(y + (ROW_HEIGHT - BAR_HEIGHT) / 2).append("\" width=\"")
                        .append(number(width)).append("\" height=\"").append(BAR_HEIGHT).append("\">")
                        .append("<title>").append(escape(bar.label() + " – " + statusName.apply(status) + ": " + count))
                        .append("</title></rect>");
                x += width;
            }
            svg.append("<text class=\"chart-total\" x=\"").append(number(x + 6)).append("\" y=\"").append(middle)
                    .append("\" dominant-baseline=\"middle\">").append(bar.counts().total()).append("</text>");
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_CHARACTERS ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARACTERS - 1)) + "…";
    }

    /** Two decimals at most, with a dot whatever the server's locale. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    /** Names are data: a party or area name with "<" or "&" must stay text, not become markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
