package org.jwc.secretariat.export;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a PDF gives back to a reader who copies or searches it, as the export tests compare it. */
record PdfText(String raw, int pages) {

    static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfText(new PDFTextStripper().getText(doc), doc.getNumberOfPages());
        }
    }

    /** Without the page numbers ("2 / 7") and with every run of white space one space: wrapped lines rejoined. */
    String spaced() {
        return raw.replaceAll("(?m)^\\d+ / \\d+$", "").replaceAll("\\s+", " ").strip();
    }

    /** Without any white space: Chinese, broken between any two characters, rejoined. */
    String unspaced() {
        return spaced().replace(" ", "");
    }

    static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }

    boolean isNfc() {
        return Normalizer.isNormalized(raw, Normalizer.Form.NFC);
    }
}
