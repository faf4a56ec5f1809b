package org.jwc.secretariat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font every PDF is written in: Noto Sans SC, shipped with the application (ADR 0010). One
 * TrueType font with Vietnamese and Simplified Chinese, so no text needs a second font; only the
 * glyphs a document uses are embedded in it.
 */
final class PdfFont {

    static final String RESOURCE = "NotoSansSC-Regular.ttf";

    private PdfFont() {
    }

    /** The font file, read once: 10 MB, kept for the life of the application. */
    private static final class File {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (var in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The PDF font " + RESOURCE + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The font, parsed afresh for each document: PDFBox closes the font with the document it
     * embeds it in. Parsing reads the tables lazily from the shared bytes and is quick.
     */
    static TrueTypeFont open() throws IOException {
        var font = new TTFParser().parse(new RandomAccessReadBuffer(File.BYTES));
        // No glyph substitution: texts are NFC, so every Vietnamese letter has a glyph of its own,
        // and the font is Simplified Chinese already. PDFBox's substitution (ligatures for Latin
        // text) compiles regular expressions per line and made Vietnamese PDFs five times slower.
        font.setEnableGsub(false);
        return font;
    }

    /** Refuses a text with a character the font cannot draw, naming it, rather than drawing a box. */
    static void requireGlyphs(TrueTypeFont font, String text) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c != '\n' && cmap.getGlyphId(c) == 0) {
                throw new UnprintableCharacterException(c, text);
            }
            i += Character.charCount(c);
        }
    }
}
