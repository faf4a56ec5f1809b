package org.jwc.secretariat.export;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Column widths as a browser lays out an automatic table: each column at least as wide as its
 * widest word, and the room left shared in proportion to how much wider each would like to be
 * (its longest text on one line). A short "No." column stays narrow; a text column takes the rest.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    static float[] of(List<List<String>> rows, float total, float padding,
            ToDoubleFunction<String> lineWidth, ToDoubleFunction<String> wordWidth) {
        int columns = rows.getFirst().size();
        var min = new float[columns];
        var max = new float[columns];
        for (var row : rows) {
            for (int c = 0; c < columns; c++) {
                var text = row.get(c);
                for (var line : text.split("\n")) {
                    max[c] = Math.max(max[c], (float) lineWidth.applyAsDouble(line) + padding);
                }
                min[c] = Math.max(min[c], (float) wordWidth.applyAsDouble(text) + padding);
            }
        }
        float minSum = 0, maxSum = 0;
        for (int c = 0; c < columns; c++) {
            max[c] = Math.max(max[c], min[c]);
            minSum += min[c];
            maxSum += max[c];
        }
        var widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (minSum >= total) {
                // Even the words do not fit: shrink all alike; long words are cut.
                widths[c] = total * min[c] / minSum;
            } else if (maxSum <= total) {
                // Everything fits on one line: spread the spare room like the texts' widths.
                widths[c] = total * max[c] / maxSum;
            } else {
                widths[c] = min[c] + (total - minSum) * (max[c] - min[c]) / (maxSum - minSum);
            }
        }
        return widths;
    }
}
