package org.jwc.secretariat.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jwc.secretariat.export.PdfPages.Style;

/**
 * A table in the PDF: columns as wide as their texts need, within the page; the header row again at
 * the top of each page the table spans; a row taller than a page goes on over the next pages.
 */
final class PdfTable {

    private static final float PAD = 4;

    private final PdfPages pages;
    private final Style body;
    private final Style header;
    private final boolean borders;

    PdfTable(PdfPages pages, Style body, boolean borders) {
        this.pages = pages;
        this.body = body;
        this.header = new Style(body.size(), true);
        this.borders = borders;
    }

    void draw(List<String> headerCells, List<List<String>> rows) throws IOException {
        var all = new ArrayList<List<String>>();
        all.add(headerCells);
        all.addAll(rows);
        var widths = ColumnWidths.of(all, pages.width(), 2 * PAD, t -> pages.width(t, header),
                t -> Math.min(pages.widestWord(t, header), pages.width() / 3));
        var head = wrap(headerCells, widths, header);
        // Never a header alone at the foot of a page.
        pages.keep(height(head.size() + 1));
        drawRow(head, widths, header);
        for (var row : rows) {
            var lines = wrap(row, widths, body);
            if (height(lines.size()) > pages.remaining()) {
                if (height(lines.size()) <= fullPage(head)) {
                    pages.newPage();
                    drawRow(head, widths, header);
                }
            }
            drawSplitting(lines, widths, head);
        }
    }

    /**
     * The signature block: side by side, each signatory's capacity, the room to sign, and the name,
     * centred in equal columns; the names on one line however many lines the capacities take.
     */
    void drawSignatures(List<Block.Signatory> signatories, int roomToSign) throws IOException {
        var widths = new float[signatories.size()];
        Arrays.fill(widths, pages.width() / signatories.size());
        var capacities = wrap(signatories.stream().map(Block.Signatory::capacity).toList(), widths, header);
        var names = wrap(signatories.stream().map(Block.Signatory::name).toList(), widths, header);
        int nameRow = capacities.size() + roomToSign;
        pages.keep(height(nameRow + names.size()));
        float x = pages.left();
        float top = pages.y() - PAD - pages.baselineOffset(header);
        for (int c = 0; c < widths.length; c++) {
            centered(capacities.cells().get(c), x, widths[c], top);
            centered(names.cells().get(c), x, widths[c], top - nameRow * header.leading());
            x += widths[c];
        }
        pages.moveDown(height(nameRow + names.size()));
    }

    private void centered(List<String> lines, float x, float width, float baseline) throws IOException {
        for (var line : lines) {
            pages.text(line, x + (width - pages.width(line, header)) / 2, baseline, header);
            baseline -= header.leading();
        }
    }

    /** The wrapped lines of each cell of a row. */
    private record RowLines(List<List<String>> cells, int size) {
    }

    private RowLines wrap(List<String> row, float[] widths, Style style) {
        var cells = new ArrayList<List<String>>();
        int size = 1;
        for (int c = 0; c < row.size(); c++) {
            var lines = pages.lines(row.get(c), style, widths[c] - 2 * PAD);
            cells.add(lines);
            size = Math.max(size, lines.size());
        }
        return new RowLines(cells, size);
    }

    /** Draws a row, going on to the next pages (under the header again) when it is taller than what is left. */
    private void drawSplitting(RowLines lines, float[] widths, RowLines head) throws IOException {
        int from = 0;
        while (from < lines.size()) {
            int fit = (int) ((pages.remaining() - 2 * PAD) / body.leading());
            if (fit < 1) {
                pages.newPage();
                drawRow(head, widths, header);
                continue;
            }
            int to = Math.min(lines.size(), from + fit);
            drawSlice(lines, from, to, widths, body);
            from = to;
        }
    }

    private void drawRow(RowLines lines, float[] widths, Style style) throws IOException {
        drawSlice(lines, 0, lines.size(), widths, style);
    }

    private void drawSlice(RowLines lines, int from, int to, float[] widths, Style style) throws IOException {
        float top = pages.y();
        float height = (to - from) * style.leading() + 2 * PAD;
        float x = pages.left();
        for (int c = 0; c < widths.length; c++) {
            if (style.bold() && borders) {
                pages.box(x, top, widths[c], height, true);
            }
            var cell = lines.cells().get(c);
            float baseline = top - PAD - pages.baselineOffset(style);
            for (int i = from; i < Math.min(to, cell.size()); i++) {
                pages.text(cell.get(i), x + PAD, baseline, style);
                baseline -= style.leading();
            }
            if (borders) {
                pages.box(x, top, widths[c], height, false);
            }
            x += widths[c];
        }
        pages.moveDown(height);
    }

    private float height(int lines) {
        return lines * header.leading() + 2 * PAD;
    }

    private float fullPage(RowLines head) {
        return PdfPages.A4.getHeight() - PdfPages.TOP - PdfPages.BOTTOM - height(head.size());
    }
}
