package org.jwc.secretariat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The width of texts in a PDF font at 1 pt: the sum of their characters' advances, each looked up
 * once per document. PDFBox would encode the whole text for each measure, and wrapping measures
 * every word or ideograph at least twice.
 */
final class Advances {

    private final PDFont font;
    private final Map<Integer, Float> byCodePoint = new HashMap<>();

    Advances(PDFont font) {
        this.font = font;
    }

    float width(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += byCodePoint.computeIfAbsent(c, this::advance);
            i += Character.charCount(c);
        }
        return width;
    }

    private float advance(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint)) / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
