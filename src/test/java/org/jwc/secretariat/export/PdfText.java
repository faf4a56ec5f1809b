package org.jwc.secretariat.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** The text a PDF gives back to a reader who copies or searches it, as the export tests compare it. */
record PdfText(String raw, int pages) {

    static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfText(new PDFTextStripper().getText(doc), doc.getNumberOfPages());
        }
    }

    /** The text of each page on its own. */
    static List<String> pageByPage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            var pages = new ArrayList<String>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /**
     * The text drawn inside an area of each page (points from the top left corner), top to bottom:
     * a margin, or one column of parallel texts, as a reader selecting it gets it.
     */
    static List<String> inArea(byte[] pdf, Rectangle2D area) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("area", area);
            var pages = new ArrayList<String>();
            for (var page : doc.getPages()) {
                stripper.extractRegions(page);
                pages.add(stripper.getTextForRegion("area"));
            }
            return pages;
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
