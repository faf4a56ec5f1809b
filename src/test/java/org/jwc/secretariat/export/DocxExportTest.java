package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.export.SampleDocuments.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.export.Block.Parallel;
import org.jwc.secretariat.i18n.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

class DocxExportTest {

    private static XWPFDocument exported(ExportDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new DocxExport().toBytes(document)));
    }

    private static String paragraphWithStyle(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).findFirst().orElseThrow();
    }

    @Test
    void theVietnameseDocumentReadsBackHeadingsParagraphsAndTableCells() throws IOException {
        try (var doc = exported(vietnamese())) {
            assertThat(paragraphWithStyle(doc, "Title")).isEqualTo(VI_TITLE);
            assertThat(paragraphWithStyle(doc, "Heading1")).isEqualTo(VI_HEADING);
            assertThat(paragraphWithStyle(doc, "Heading2")).isEqualTo("Danh mục cam kết");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(VI_PARAGRAPH, VI_LINES);
            var table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(VI_HEADER);
            assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(VI_ROW);
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Hợp tác phòng chống dịch bệnh\nvà cứu hộ cứu nạn");
            var signatures = doc.getTables().get(1);
            assertThat(signatures.getRow(0).getCell(1).getText()).isEqualTo("Phó Chủ tịch Chính phủ Khu tự trị Quảng Tây");
            assertThat(signatures.getRow(1).getCell(0).getText()).endsWith("\nHồ Tiến Thiệu");
        }
    }

    @Test
    void theChineseDocumentReadsBackHeadingsParagraphsAndTableCells() throws IOException {
        try (var doc = exported(chinese())) {
            assertThat(paragraphWithStyle(doc, "Title")).isEqualTo(ZH_TITLE);
            assertThat(paragraphWithStyle(doc, "Heading1")).isEqualTo(ZH_HEADING);
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(ZH_PARAGRAPH, ZH_LINES);
            var table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(ZH_HEADER);
            assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(ZH_ROW);
            assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).endsWith("韦朝晖");
        }
    }

    @Test
    void headingsAreWordsBuiltInHeadingStylesWithAnOutlineLevelSoTheyShowInTheNavigation() throws IOException {
        try (var doc = exported(vietnamese())) {
            for (int level = 1; level <= 3; level++) {
                var style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
        }
    }

    @Test
    void tablesHaveBordersAndABoldHeaderRowRepeatedOnEachPage() throws IOException {
        try (var doc = exported(chinese())) {
            var table = doc.getTables().getFirst();
            assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getInsideHBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            var header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(table.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isFalse();
            assertThat(doc.getTables().get(1).getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
        }
    }

    @Test
    void theLanguageAndAFontForEachScriptAreTheDocumentsDefaults() throws Exception {
        var vi = defaultRunProperties(vietnamese());
        assertThat(vi.getLangArray(0).getVal()).isEqualTo("vi-VN");
        assertThat(vi.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        var fonts = vi.getRFontsArray(0);
        assertThat(fonts.getAscii()).isEqualTo("Times New Roman");
        assertThat(fonts.getHAnsi()).isEqualTo("Times New Roman");
        assertThat(fonts.getEastAsia()).isEqualTo("SimSun");

        var zh = defaultRunProperties(chinese());
        assertThat(zh.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        assertThat(zh.getRFontsArray(0).getEastAsia()).isEqualTo("SimSun");
        assertThat(zh.getRFontsArray(0).getHint().toString()).isEqualTo("eastAsia");
    }

    @Test
    void theTitleAndLanguageAreTheDocumentsProperties() throws IOException {
        try (var doc = exported(chinese())) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(ZH_TITLE);
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("zh-CN");
        }
    }

    @Test
    void pagesAreA4WithTheirNumberInTheFooter() throws IOException {
        try (var doc = exported(vietnamese())) {
            var page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) page.getH()).intValue()).isEqualTo(16838);
            assertThat(doc.getFooterList().getFirst().getParagraphs().getFirst().getCTP().getFldSimpleArray(0).getInstr())
                    .isEqualTo("PAGE");
        }
    }

    @Test
    void theRunningHeaderIsAWordHeaderOnEveryPageSmallAndCentred() throws IOException {
        try (var doc = exported(bilingual())) {
            var policy = doc.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader()).isNull();
            assertThat(policy.getEvenPageHeader()).isNull();
            var header = policy.getDefaultHeader().getParagraphs().getFirst();
            assertThat(header.getText()).isEqualTo(DRAFT_HEADER);
            assertThat(header.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(header.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(10.0);
            // No font of its own: the document's, by script.
            assertThat(header.getRuns().getFirst().getFontFamily()).isNull();
        }
        try (var doc = exported(vietnamese())) {
            assertThat(doc.getHeaderList()).isEmpty();
        }
    }

    @Test
    void consecutiveParallelRowsAreOneBorderlessTableOfTwoEqualColumns() throws IOException {
        try (var doc = exported(bilingual())) {
            assertThat(doc.getTables()).hasSize(2);
            var table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly(VI_HEADING, ZH_HEADING);
            assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly(VI_PARAGRAPH, ZH_PARAGRAPH);
            assertThat(table.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly(VI_LINES, ZH_LINES);
            assertThat(table.getRow(3).getTableCells()).extracting(c -> c.getText()).containsExactly("", "韦朝晖");
            assertThat(doc.getTables().get(1).getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly(VI_ROW.get(1), ZH_ROW.get(1));

            assertThat(table.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFBorderType.NONE);
            assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting(c -> c.getW().toString())
                    .containsExactly("4536", "4536");
            assertThat(table.getRows()).allSatisfy(row -> {
                assertThat(row.isCantSplitRow()).isFalse();
                assertThat(row.getTableCells()).extracting(c -> c.getWidth()).containsExactly(4536, 4536);
            });
            assertThat(table.getRow(0).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(table.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isBold()).isFalse();
        }
    }

    @Test
    void eachColumnOpensWithItsOwnTitleInTheTitleStyleAndNoTitleIsPrintedAboveThem() throws IOException {
        var document = new ExportDocument(Language.VI, BILINGUAL_TITLE, "", List.of(
                new Parallel("THÔNG CÁO CHUNG", "联合公报", Parallel.Role.TITLE),
                new Parallel(VI_TITLE, ZH_TITLE, Parallel.Role.CENTERED),
                new Parallel(VI_PARAGRAPH, ZH_PARAGRAPH, false)), false);
        try (var doc = exported(document)) {
            assertThat(doc.getParagraphs()).noneMatch(p -> "Title".equals(p.getStyle()));
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(BILINGUAL_TITLE);
            var table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("THÔNG CÁO CHUNG", "联合公报");
            assertThat(table.getRow(0).getTableCells()).allSatisfy(c ->
                    assertThat(c.getParagraphs().getFirst().getStyle()).isEqualTo("Title"));
            assertThat(table.getRow(1).getTableCells()).allSatisfy(c ->
                    assertThat(c.getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.CENTER));
            assertThat(table.getRow(2).getCell(0).getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        }
    }

    @Test
    void theChineseColumnOfAVietnameseDocumentNamesTheChineseFontOnItsRuns() throws IOException {
        try (var doc = exported(bilingual())) {
            var row = doc.getTables().getFirst().getRow(1);
            var chinese = row.getCell(1).getParagraphs().getFirst().getRuns().getFirst();
            assertThat(chinese.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("SimSun");
            assertThat(chinese.getCTR().getRPr().getRFontsArray(0).getHint().toString()).isEqualTo("eastAsia");
            // Vietnamese keeps the document's fonts: the hint would draw its letters in SimSun.
            var vietnamese = row.getCell(0).getParagraphs().getFirst().getRuns().getFirst();
            assertThat(vietnamese.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isNull();
        }
    }

    private static CTRPr defaultRunProperties(ExportDocument document) throws Exception {
        try (var doc = exported(document); var styles = doc.getStyles().getPackagePart().getInputStream()) {
            return StylesDocument.Factory.parse(styles).getStyles().getDocDefaults().getRPrDefault().getRPr();
        }
    }
}
