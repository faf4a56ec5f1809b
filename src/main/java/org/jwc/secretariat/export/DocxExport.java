package org.jwc.secretariat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes an {@link ExportDocument} as a Word document (DOCX) that officials can edit: real heading
 * styles, tables with borders and a repeated bold header row, parallel texts side by side, A4 pages
 * numbered in the footer under an optional running header, the document's language set for
 * spelling and line breaking. Fonts are named, not embedded (ADR 0010).
 */
public final class DocxExport {

    /** Twips (1/20 pt): A4, with the 3 cm left and 2 cm other margins of Vietnamese administrative texts. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long CM = 567;
    /** Points: the running header's size, below the 13 pt body. */
    private static final int HEADER_SIZE = 10;

    public void write(ExportDocument document, OutputStream out) throws IOException {
        try (var doc = new XWPFDocument()) {
            DocxStyles.define(doc, document.language());
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(document.title());
            properties.getUnderlyingProperties().setLanguageProperty(document.languageTag());
            pageSetup(doc);
            if (!document.header().isEmpty()) {
                header(doc, document.header());
            }

            if (document.titlePrinted()) {
                var title = doc.createParagraph();
                title.setStyle("Title");
                title.createRun().setText(document.title());
            }
            var tables = new DocxTables(doc);
            for (var block : document.blocks()) {
                switch (block) {
                    case Block.Heading h -> {
                        var p = doc.createParagraph();
                        p.setStyle("Heading" + h.level());
                        lines(p.createRun(), h.text());
                    }
                    case Block.Paragraph p -> paragraph(doc.createParagraph(), p);
                    case Block.Table t -> tables.table(t);
                    case Block.Parallel p -> tables.parallel(p);
                    case Block.Signatures s -> tables.signatures(s);
                }
            }
            doc.write(out);
        }
    }

    /** The whole document in memory: what a download needs. */
    public byte[] toBytes(ExportDocument document) {
        return InMemory.bytes(out -> write(document, out));
    }

    private static void paragraph(XWPFParagraph p, Block.Paragraph block) {
        if (block.centered()) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        lines(p.createRun(), block.text());
    }

    /** A text's line breaks become breaks within one paragraph, as Shift+Enter in Word. */
    static void lines(XWPFRun run, String text) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** The running header: one small centred line on every page, in the document's fonts. */
    private static void header(XWPFDocument doc, String text) {
        var p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        var run = p.createRun();
        run.setFontSize(HEADER_SIZE);
        run.setText(text);
    }

    private static void pageSetup(XWPFDocument doc) {
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        var margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(3 * CM));
        margins.setRight(BigInteger.valueOf(2 * CM));
        margins.setTop(BigInteger.valueOf(2 * CM));
        margins.setBottom(BigInteger.valueOf(2 * CM));
        margins.setHeader(BigInteger.valueOf(CM));
        margins.setFooter(BigInteger.valueOf(CM));
        // The page number, as a field Word and LibreOffice fill in.
        var footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
