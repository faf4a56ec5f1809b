package org.jwc.secretariat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jwc.secretariat.export.Block.Parallel.Role;
import org.jwc.secretariat.export.PdfPages.Style;

/**
 * Writes an {@link ExportDocument} as a PDF with real, selectable text on A4 pages, numbered at the
 * foot under an optional running header, in one embedded font (the subset of Noto Sans SC the
 * document uses) that has both Vietnamese and Chinese: the fixed form of a text, the same on every
 * machine (ADR 0010).
 */
public final class PdfExport {

    private static final Style TITLE = new Style(16, true);
    private static final Style[] HEADINGS = {new Style(14, true), new Style(13, true), new Style(12, true)};
    private static final Style BODY = new Style(12, false);
    private static final Style TABLE = new Style(10.5f, false);
    private static final Style SIGNATURE = new Style(12, true);
    private static final Style PAGE_NUMBER = new Style(10, false);
    private static final Style RUNNING_HEADER = new Style(10, false);
    private static final Style PARALLEL_HEADING = new Style(12, true);
    /** Points between the columns of parallel texts. */
    private static final float GUTTER = 18;
    /** Empty lines left between a signatory's capacity and name, for the signature and the seal. */
    private static final int ROOM_TO_SIGN = 4;

    public void write(ExportDocument document, OutputStream out) throws IOException {
        try (var doc = new PDDocument(); var ttf = PdfFont.open()) {
            for (var text : texts(document)) {
                PdfFont.requireGlyphs(ttf, text);
            }
            var font = PDType0Font.load(doc, ttf, true);
            metadata(doc, document);
            var pages = new PdfPages(doc, font, document.language().locale(), document.header(), RUNNING_HEADER);
            if (document.titlePrinted()) {
                pages.flow(document.title(), TITLE, true);
                pages.moveDown(TITLE.leading() / 2);
            }
            for (var block : document.blocks()) {
                switch (block) {
                    case Block.Heading h -> {
                        var style = HEADINGS[h.level() - 1];
                        pages.moveDown(style.size() / 2);
                        // A heading stays with the first lines under it.
                        pages.keep(style.leading() + 2 * BODY.leading());
                        pages.flow(h.text(), style, false);
                        pages.moveDown(style.size() / 3);
                    }
                    case Block.Paragraph p -> {
                        pages.flow(p.text(), BODY, p.centered());
                        pages.moveDown(BODY.size() / 2);
                    }
                    case Block.Table t -> {
                        new PdfTable(pages, TABLE, true).draw(t.header(), t.rows());
                        pages.moveDown(BODY.leading());
                    }
                    case Block.Parallel p -> parallel(pages, p);
                    case Block.Signatures s -> {
                        pages.moveDown(BODY.leading());
                        new PdfTable(pages, SIGNATURE, false).drawSignatures(s.signatories(), ROOM_TO_SIGN);
                    }
                }
            }
            pages.finish(PAGE_NUMBER);
            doc.save(out);
        }
    }

    /** A row of parallel texts; a title row is as large as the document's title would be. */
    private static void parallel(PdfPages pages, Block.Parallel row) throws IOException {
        var style = switch (row.role()) {
            case TITLE -> TITLE;
            case HEADING -> PARALLEL_HEADING;
            case CENTERED, TEXT -> BODY;
        };
        if (row.role() != Role.TEXT) {
            // A title or heading row stays with the first lines under it.
            pages.keep(style.leading() + 2 * BODY.leading());
        }
        pages.flowSideBySide(row.left(), row.right(), style, GUTTER, row.role().centered());
        pages.moveDown(row.role() == Role.TITLE ? TITLE.leading() / 2 : BODY.size() / 2);
    }

    /** The whole document in memory: what a download needs. */
    public byte[] toBytes(ExportDocument document) {
        return InMemory.bytes(out -> write(document, out));
    }

    private static void metadata(PDDocument doc, ExportDocument document) {
        var info = doc.getDocumentInformation();
        info.setTitle(document.title());
        info.setCreator("JWC Secretariat");
        info.setCreationDate(Calendar.getInstance());
        var catalog = doc.getDocumentCatalog();
        catalog.setLanguage(document.languageTag());
        // Viewers show the title, not the file name, in their window.
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    private static Iterable<String> texts(ExportDocument document) {
        var texts = new ArrayList<String>();
        texts.add(document.title());
        texts.add(document.header());
        for (var block : document.blocks()) {
            switch (block) {
                case Block.Heading h -> texts.add(h.text());
                case Block.Paragraph p -> texts.add(p.text());
                case Block.Table t -> {
                    texts.addAll(t.header());
                    t.rows().forEach(texts::addAll);
                }
                case Block.Parallel p -> {
                    texts.add(p.left());
                    texts.add(p.right());
                }
                case Block.Signatures s -> s.signatories().forEach(g -> {
                    texts.add(g.capacity());
                    texts.add(g.name());
                });
            }
        }
        return texts;
    }
}
