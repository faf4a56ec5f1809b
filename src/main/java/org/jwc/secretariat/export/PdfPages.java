package org.jwc.secretariat.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The flow of a PDF's A4 pages under a running header: where the next line goes, a new page when
 * it does not fit, text and rules drawn at a place, and the page numbers once the number of pages
 * is known.
 */
final class PdfPages {

    static final PDRectangle A4 = PDRectangle.A4;
    /** Points: the 3 cm left and 2 cm other margins of Vietnamese administrative texts, more below for the number. */
    static final float LEFT = 85, RIGHT = 57, TOP = 57, BOTTOM = 70;

    /** A size and weight of text. The font has no bold face; bold is drawn as fill and outline. */
    record Style(float size, boolean bold) {
        float leading() {
            return size * 1.5f;
        }
    }

    private final PDDocument doc;
    private final PDFont font;
    private final LineBreaker breaker;
    private final Advances advances;
    private final String header;
    private final Style headerStyle;
    private PDPageContentStream content;
    private float y;

    /** The header, if not empty, is one line in the top margin of every page. */
    PdfPages(PDDocument doc, PDFont font, Locale locale, String header, Style headerStyle) throws IOException {
        this.doc = doc;
        this.font = font;
        this.advances = new Advances(font);
        this.breaker = new LineBreaker(locale, advances::width);
        this.header = header;
        this.headerStyle = headerStyle;
        newPage();
    }

    float left() {
        return LEFT;
    }

    float width() {
        return A4.getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    /** What is left above the bottom margin. */
    float remaining() {
        return y - BOTTOM;
    }

    /** Starts a new page unless this much still fits on the current one. */
    void keep(float height) throws IOException {
        if (height > remaining() && y < A4.getHeight() - TOP) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        var page = new PDPage(A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        // First on the page, so a reader copying the page gets the header first too.
        text(header, LEFT + (width() - width(header, headerStyle)) / 2, A4.getHeight() - TOP / 2, headerStyle);
        y = A4.getHeight() - TOP;
    }

    List<String> lines(String text, Style style, float maxWidth) {
        return breaker.lines(text, maxWidth / style.size());
    }

    /** The widest part of a text that cannot be broken: a word, or one ideograph and its punctuation. */
    float widestWord(String text, Style style) {
        return breaker.widestUnbreakable(text) * style.size();
    }

    float width(String text, Style style) {
        return advances.width(text) * style.size();
    }

    /** Lines of text from the current position down, each on the page it fits on. */
    void flow(String text, Style style, boolean centered) throws IOException {
        for (var line : lines(text, style, width())) {
            float x = centered ? LEFT + (width() - width(line, style)) / 2 : LEFT;
            text(line, x, nextLine(style), style);
        }
    }

    /**
     * Two texts side by side in equal columns, line by line from the current position down, so that
     * a pair longer than the page goes on over the next pages; the taller side sets the height.
     * Centred lines are centred in their column.
     */
    void flowSideBySide(String left, String right, Style style, float gutter, boolean centered) throws IOException {
        float column = (width() - gutter) / 2;
        var leftLines = lines(left, style, column);
        var rightLines = lines(right, style, column);
        for (int i = 0; i < Math.max(leftLines.size(), rightLines.size()); i++) {
            float baseline = nextLine(style);
            if (i < leftLines.size()) {
                var line = leftLines.get(i);
                text(line, LEFT + (centered ? (column - width(line, style)) / 2 : 0), baseline, style);
            }
            if (i < rightLines.size()) {
                var line = rightLines.get(i);
                text(line, LEFT + column + gutter + (centered ? (column - width(line, style)) / 2 : 0), baseline, style);
            }
        }
    }

    /** Room for a line, on a new page if need be: the line's baseline. */
    private float nextLine(Style style) throws IOException {
        keep(style.leading());
        float baseline = y - baselineOffset(style);
        y -= style.leading();
        return baseline;
    }

    /** How far below the top of a line its baseline lies. */
    float baselineOffset(Style style) {
        return style.size() * (font.getFontDescriptor().getAscent() / 1000f) + (style.leading() - style.size()) / 2;
    }

    void text(String line, float x, float baseline, Style style) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, style.size());
        if (style.bold()) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(style.size() * 0.035f);
        }
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        if (style.bold()) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.endText();
    }

    /** A rectangle, outlined or filled (a table cell's border, a header's shade). */
    void box(float x, float top, float width, float height, boolean fill) throws IOException {
        content.addRect(x, top - height, width, height);
        if (fill) {
            content.setNonStrokingColor(0.9f);
            content.fill();
            content.setNonStrokingColor(0f);
        } else {
            content.setLineWidth(0.5f);
            content.stroke();
        }
    }

    /** Closes the last page and numbers every page, "3 / 12", at the foot. */
    void finish(Style style) throws IOException {
        content.close();
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (var stream = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stream;
                var number = (i + 1) + " / " + count;
                text(number, (A4.getWidth() - width(number, style)) / 2, BOTTOM / 2, style);
            }
        }
    }
}
