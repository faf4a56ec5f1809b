package org.jwc.secretariat.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.export.Block.Parallel.Role;

/**
 * The tables of an exported DOCX: data tables with borders, and the borderless layouts of parallel
 * texts and of the signature block.
 */
final class DocxTables {

    private static final String HEADER_SHADE = "E7E6E6";
    /** Empty lines left between a signatory's capacity and name, for the signature and the seal. */
    private static final int ROOM_TO_SIGN = 4;

    /** Twips: the width between the margins of DocxExport's A4 page. */
    static final float TEXT_WIDTH = 11906 - 5 * 567;
    private static final float[] HALVES = {TEXT_WIDTH / 2, TEXT_WIDTH / 2};
    /** Twips each side of a parallel text: 18 pt between the columns, as in the PDF. */
    private static final int HALF_GUTTER = 180;

    private final XWPFDocument doc;
    /** The table of parallel texts last written, and the paragraph after it. */
    private @Nullable XWPFTable parallel;
    private @Nullable XWPFParagraph afterParallel;

    DocxTables(XWPFDocument doc) {
        this.doc = doc;
    }

    void table(Block.Table block) {
        var table = doc.createTable(block.rows().size() + 1, block.header().size());
        table.setWidth("100%");
        borders(table, XWPFBorderType.SINGLE);
        columnWidths(table, block);
        var header = table.getRow(0);
        // Word and LibreOffice repeat a header row at the top of each page the table spans.
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < block.header().size(); c++) {
            var cell = header.getCell(c);
            cell.setColor(HEADER_SHADE);
            text(cell, block.header().get(c), true, false);
        }
        for (int r = 0; r < block.rows().size(); r++) {
            var row = block.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                text(table.getRow(r + 1).getCell(c), row.get(c), false, false);
            }
        }
        spacer();
    }

    /**
     * A row of parallel texts: the next row of the table just written if nothing came between, else
     * a new borderless table of two equal columns. Rows may break across pages, as paragraphs do.
     */
    void parallel(Block.Parallel block) {
        XWPFTableRow row;
        if (parallel != null && doc.getBodyElements().getLast() == afterParallel) {
            row = parallel.createRow();
            cellWidths(row, HALVES);
        } else {
            parallel = doc.createTable(1, 2);
            parallel.setWidth("100%");
            borders(parallel, XWPFBorderType.NONE);
            parallel.setCellMargins(0, HALF_GUTTER, 0, HALF_GUTTER);
            grid(parallel, HALVES);
            afterParallel = spacer();
            row = parallel.getRow(0);
        }
        var role = block.role();
        for (int c = 0; c < 2; c++) {
            var text = c == 0 ? block.left() : block.right();
            var cell = row.getCell(c);
            DocxStyles.chinese(text(cell, text, role == Role.HEADING, role.centered()), text);
            var p = cell.getParagraphs().getFirst();
            if (role == Role.TITLE) {
                // Word's Title style: centred, large, and kept with what follows.
                p.setStyle("Title");
            } else if (role == Role.HEADING) {
                // A heading row stays with the row under it. (POI's setKeepNext fails without paragraph properties.)
                p.getCTP().addNewPPr().addNewKeepNext();
            }
        }
    }

    /** Capacities in one row, names in the next: the names line up however many lines a capacity takes. */
    void signatures(Block.Signatures block) {
        var signatories = block.signatories();
        var table = doc.createTable(2, signatories.size());
        table.setWidth("100%");
        borders(table, XWPFBorderType.NONE);
        for (int c = 0; c < signatories.size(); c++) {
            var signatory = signatories.get(c);
            text(table.getRow(0).getCell(c), signatory.capacity(), true, true);
            text(table.getRow(1).getCell(c), "\n".repeat(ROOM_TO_SIGN) + signatory.name(), true, true);
        }
        spacer();
    }

    private static XWPFRun text(XWPFTableCell cell, String text, boolean bold, boolean centered) {
        var p = cell.getParagraphs().getFirst();
        if (centered) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        var run = p.createRun();
        if (bold) {
            run.setBold(true);
        }
        DocxExport.lines(run, text);
        return run;
    }

    /**
     * Column widths by the texts' lengths, as {@link ColumnWidths} shares them in the PDF: LibreOffice
     * keeps the widths a file gives, and equal columns squeeze a long text beside a short number. As
     * in the PDF, a word wider than a third of the page (a SHA-256) claims no more than that, and
     * wraps: else it squeezes the other columns until names and times break between letters.
     */
    private static void columnWidths(XWPFTable table, Block.Table block) {
        var all = new ArrayList<List<String>>();
        all.add(block.header());
        all.addAll(block.rows());
        var widths = ColumnWidths.of(all, TEXT_WIDTH, 300, DocxTables::estimatedWidth, text -> Math.min(TEXT_WIDTH / 3,
                Arrays.stream(text.split("\\s+")).mapToDouble(DocxTables::estimatedWidth).max().orElse(0)));
        grid(table, widths);
    }

    /** The grid's column widths, and each cell's. */
    private static void grid(XWPFTable table, float[] widths) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < widths.length; c++) {
            var twips = BigInteger.valueOf(Math.round(widths[c]));
            if (c < grid.sizeOfGridColArray()) {
                grid.getGridColArray(c).setW(twips);
            } else {
                grid.addNewGridCol().setW(twips);
            }
        }
        table.getRows().forEach(row -> cellWidths(row, widths));
    }

    private static void cellWidths(XWPFTableRow row, float[] widths) {
        for (int c = 0; c < widths.length; c++) {
            row.getCell(c).setWidth(String.valueOf(Math.round(widths[c])));
        }
    }

    /** Twips a text takes on one line at 13 pt, bold or not, near enough to share the width: ideographs are wider. */
    private static double estimatedWidth(String text) {
        return text.codePoints().mapToDouble(c -> Character.isIdeographic(c) || c >= 0x3000 && c < 0xFF60 ? 260 : 140).sum();
    }

    private static void borders(XWPFTable table, XWPFBorderType type) {
        int size = type == XWPFBorderType.NONE ? 0 : 4;
        table.setTopBorder(type, size, 0, "000000");
        table.setBottomBorder(type, size, 0, "000000");
        table.setLeftBorder(type, size, 0, "000000");
        table.setRightBorder(type, size, 0, "000000");
        table.setInsideHBorder(type, size, 0, "000000");
        table.setInsideVBorder(type, size, 0, "000000");
    }

    /** Word runs a table into the next one unless a paragraph stands between them. */
    private XWPFParagraph spacer() {
        return doc.createParagraph();
    }
}
