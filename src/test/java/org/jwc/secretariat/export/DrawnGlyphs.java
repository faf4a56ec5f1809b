package org.jwc.secretariat.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How many different glyphs a PDF draws its Chinese characters with. A program whose fonts lack
 * them (LibreOffice on a machine with no Chinese font) draws each as the same box and keeps the
 * true text aside for copying (ActualText), so the text extracts correctly from an unreadable
 * page; the count of glyphs tells the two apart.
 */
final class DrawnGlyphs extends PDFTextStripper {

    private final Set<String> ideographGlyphs = new HashSet<>();

    private DrawnGlyphs() {
    }

    /** The number of distinct glyphs (font and character code) drawn where the text has an ideograph. */
    static int ideographGlyphs(Path pdf) throws IOException {
        return ideographGlyphs(java.nio.file.Files.readAllBytes(pdf));
    }

    static int ideographGlyphs(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new DrawnGlyphs();
            stripper.getText(doc);
            return stripper.ideographGlyphs.size();
        }
    }

    /** The number of distinct ideographs in a text: what the count above must reach. */
    static long ideographs(String text) {
        return text.codePoints().filter(Character::isIdeographic).distinct().count();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!text.getUnicode().isEmpty() && Character.isIdeographic(text.getUnicode().codePointAt(0))) {
            for (int code : text.getCharacterCodes()) {
                ideographGlyphs.add(text.getFont().getName() + "#" + code);
            }
        }
        super.processTextPosition(text);
    }
}
