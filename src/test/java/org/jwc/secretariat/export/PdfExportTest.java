package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jwc.secretariat.export.SampleDocuments.*;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.export.Block.Paragraph;
import org.jwc.secretariat.export.Block.Parallel;
import org.jwc.secretariat.export.Block.Table;
import org.jwc.secretariat.i18n.Language;

class PdfExportTest {

    /** Points from the top left: the margin above the text, and the two halves of the text area. */
    private static final float MIDDLE = PdfPages.LEFT + (PdfPages.A4.getWidth() - PdfPages.LEFT - PdfPages.RIGHT) / 2;
    private static final float BODY_HEIGHT = PdfPages.A4.getHeight() - PdfPages.TOP - PdfPages.BOTTOM;
    private static final Rectangle2D TOP_MARGIN = new Rectangle2D.Float(0, 0, PdfPages.A4.getWidth(), PdfPages.TOP);
    private static final Rectangle2D LEFT_COLUMN = new Rectangle2D.Float(0, PdfPages.TOP, MIDDLE, BODY_HEIGHT);
    private static final Rectangle2D RIGHT_COLUMN =
            new Rectangle2D.Float(MIDDLE, PdfPages.TOP, PdfPages.A4.getWidth() - MIDDLE, BODY_HEIGHT);

    private final PdfExport export = new PdfExport();

    private static String column(byte[] pdf, Rectangle2D column) throws IOException {
        return PdfText.unspaced(String.join("", PdfText.inArea(pdf, column)));
    }

    @Test
    void theVietnameseTextComesBackExactlyFromThePdf() throws IOException {
        var text = PdfText.of(export.toBytes(vietnamese()));
        assertThat(text.isNfc()).isTrue();
        assertThat(text.raw()).contains(VI_TITLE, VI_HEADING, "Lạng Sơn, ngày 25 tháng 11 năm 2026\nĐộc lập – Tự do – Hạnh phúc");
        assertThat(text.spaced()).contains(VI_PARAGRAPH, "Hợp tác phòng chống dịch bệnh và cứu hộ cứu nạn",
                "Chủ tịch UBND tỉnh Lạng Sơn", "Hồ Tiến Thiệu", "Vi Triều Vĩ");
        for (var cell : VI_ROW) {
            assertThat(text.spaced()).contains(cell);
        }
        assertThat(text.spaced()).contains(String.join(" ", VI_HEADER));
    }

    @Test
    void theChineseTextComesBackExactlyFromThePdf() throws IOException {
        var text = PdfText.of(export.toBytes(chinese()));
        assertThat(text.isNfc()).isTrue();
        assertThat(text.raw()).contains(ZH_TITLE, ZH_HEADING, ZH_LINES);
        // Ideographs that share a glyph with a Kangxi radical (一, 十, 人) must not come back as the radical.
        assertThat(text.unspaced()).contains(PdfText.unspaced(ZH_PARAGRAPH), "第十八次", "人民委员会", "疫病联防联控与救援合作", "韦朝晖")
                .doesNotContain("⼀", "⼗", "⼈");
        for (var cell : ZH_ROW) {
            assertThat(text.unspaced()).contains(cell);
        }
        assertThat(DrawnGlyphs.ideographGlyphs(export.toBytes(chinese()))).isEqualTo(DrawnGlyphs.ideographs(text.raw()));
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoThePdfStaysSmall() throws IOException {
        var pdf = export.toBytes(chinese());
        try (var doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            var fonts = new ArrayList<PDFont>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).singleElement().satisfies(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
            });
        }
        // The whole font is 10 MB; the glyphs of one page weigh a few kilobytes.
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void pagesAreA4NumberedAndTheDocumentKnowsItsTitleAndLanguage() throws IOException {
        try (var doc = Loader.loadPDF(export.toBytes(vietnamese()))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(VI_TITLE);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
        assertThat(PdfText.of(export.toBytes(vietnamese())).raw()).contains("1 / 1");
    }

    @Test
    void aVeryLongParagraphWrapsOverSeveralPagesAndAllOfItStaysReadable() throws IOException {
        var vietnamese = String.join(" ", Collections.nCopies(120, VI_PARAGRAPH));
        var chinese = String.join("", Collections.nCopies(200, ZH_PARAGRAPH));
        var vi = PdfText.of(export.toBytes(new ExportDocument(Language.VI, VI_TITLE, List.of(new Paragraph(vietnamese)))));
        var zh = PdfText.of(export.toBytes(new ExportDocument(Language.ZH, ZH_TITLE, List.of(new Paragraph(chinese)))));
        assertThat(vi.pages()).isGreaterThanOrEqualTo(5);
        assertThat(vi.spaced()).isEqualTo(VI_TITLE + " " + vietnamese);
        assertThat(vi.raw()).contains(vi.pages() + " / " + vi.pages());
        assertThat(zh.pages()).isGreaterThanOrEqualTo(5);
        assertThat(zh.unspaced()).isEqualTo(ZH_TITLE + chinese);
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderOnEachPage() throws IOException {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(String.valueOf(i), ZH_ROW.get(1), ZH_ROW.get(2), ZH_ROW.get(3)));
        }
        var text = PdfText.of(export.toBytes(new ExportDocument(Language.ZH, ZH_TITLE, List.of(new Table(ZH_HEADER, rows)))));
        assertThat(text.pages()).isGreaterThan(1);
        var header = String.join(" ", ZH_HEADER);
        assertThat(text.spaced().split(header, -1)).hasSize(text.pages() + 1);
        assertThat(text.spaced()).contains("80 " + String.join(" ", ZH_ROW.subList(1, 4)));
    }

    @Test
    void aCellTallerThanAPageGoesOnOverTheNextPage() throws IOException {
        var tall = String.join("\n", Collections.nCopies(70, "Lạng Sơn"));
        var document = new ExportDocument(Language.VI, VI_TITLE, List.of(new Table(VI_HEADER, List.of(List.of("1", tall, "", "")))));
        var text = PdfText.of(export.toBytes(document));
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.raw().split("Lạng Sơn", -1)).hasSize(71);
    }

    @Test
    void aCharacterTheFontCannotDrawIsRefusedNamingIt() {
        var document = new ExportDocument(Language.VI, "Biên bản", List.of(new Paragraph("Đồng ý 😀")));
        assertThatThrownBy(() -> export.toBytes(document))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1F600").hasMessageContaining("GRINNING FACE");
    }

    @Test
    void aDocumentWithNoBlocksIsItsTitleAlone() throws IOException {
        var text = PdfText.of(export.toBytes(new ExportDocument(Language.EN, "Minutes", List.of())));
        assertThat(text.spaced()).isEqualTo("Minutes");
    }

    @Test
    void theRunningHeaderIsOnEveryPageInTheMarginAboveTheText() throws IOException {
        var long_ = String.join(" ", Collections.nCopies(60, VI_PARAGRAPH));
        var pdf = export.toBytes(new ExportDocument(Language.VI, VI_TITLE, DRAFT_HEADER, List.of(new Paragraph(long_))));
        var pages = PdfText.pageByPage(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3).allSatisfy(page -> assertThat(page).contains(DRAFT_HEADER));
        assertThat(PdfText.inArea(pdf, TOP_MARGIN)).hasSize(pages.size()).allSatisfy(top -> assertThat(top.strip()).isEqualTo(DRAFT_HEADER));
        // First on each page, and nothing lost around it.
        assertThat(PdfText.of(pdf).spaced().replace(DRAFT_HEADER + " ", "")).isEqualTo(VI_TITLE + " " + long_);

        assertThat(PdfText.inArea(export.toBytes(vietnamese()), TOP_MARGIN)).singleElement().satisfies(top -> assertThat(top).isBlank());
    }

    @Test
    void parallelTextsComeBackSideBySideVietnameseLeftAndChineseRight() throws IOException {
        var pdf = export.toBytes(bilingual());
        var left = column(pdf, LEFT_COLUMN);
        var right = column(pdf, RIGHT_COLUMN);
        assertThat(left).contains(PdfText.unspaced(VI_HEADING + VI_PARAGRAPH + VI_LINES), PdfText.unspaced(VI_ROW.get(1)))
                .doesNotContain("广西", "韦朝晖");
        assertThat(right).contains(ZH_HEADING + PdfText.unspaced(ZH_PARAGRAPH + ZH_LINES) + "韦朝晖", ZH_ROW.get(1))
                .doesNotContain("Quảng");
        assertThat(DrawnGlyphs.ideographGlyphs(pdf)).isEqualTo(DrawnGlyphs.ideographs(PdfText.of(pdf).raw()));
    }

    @Test
    void eachColumnOpensWithItsOwnTitleCentredAndADocumentWhoseBlocksCarryTheTitlePrintsNoneAbove() throws IOException {
        var document = new ExportDocument(Language.VI, BILINGUAL_TITLE, "", List.of(
                new Parallel("THÔNG CÁO CHUNG", "联合公报", Parallel.Role.TITLE),
                new Parallel(VI_TITLE, ZH_TITLE, Parallel.Role.CENTERED),
                new Parallel(VI_PARAGRAPH, ZH_PARAGRAPH, false)), false);
        var pdf = export.toBytes(document);
        assertThat(PdfText.of(pdf).spaced()).doesNotContain(BILINGUAL_TITLE).startsWith("THÔNG CÁO CHUNG 联合公报");
        var titleRow = 30;
        assertThat(PdfText.inArea(pdf, new Rectangle2D.Float(0, PdfPages.TOP, MIDDLE, titleRow))).singleElement()
                .satisfies(t -> assertThat(t.strip()).isEqualTo("THÔNG CÁO CHUNG"));
        assertThat(PdfText.inArea(pdf, new Rectangle2D.Float(0, PdfPages.TOP, PdfPages.LEFT + 30, titleRow))).singleElement()
                .as("centred: nothing at the column's left edge").satisfies(t -> assertThat(t).isBlank());
        assertThat(PdfText.inArea(pdf, new Rectangle2D.Float(MIDDLE, PdfPages.TOP, 40, titleRow))).singleElement()
                .satisfies(t -> assertThat(t).isBlank());
        assertThat(column(pdf, LEFT_COLUMN)).startsWith(PdfText.unspaced("THÔNG CÁO CHUNG" + VI_TITLE + VI_PARAGRAPH));
        assertThat(column(pdf, RIGHT_COLUMN)).startsWith("联合公报" + ZH_TITLE + PdfText.unspaced(ZH_PARAGRAPH));
    }

    @Test
    void aTimeInANarrowTableColumnStaysOnOneLine() throws IOException {
        var time = "2026-12-02\u00A021:34";
        var long_ = String.join(" ", Collections.nCopies(3, VI_PARAGRAPH));
        var document = new ExportDocument(Language.ZH, ZH_TITLE, List.of(new Table(List.of("方", "批准时间（北京时间）", "内容"),
                List.of(List.of("谅山省", time, long_), List.of("广西壮族自治区", "2026-12-03\u00A008:05", long_)))));
        var lines = PdfText.of(export.toBytes(document)).raw().replace('\u00A0', ' ').lines().toList();
        assertThat(lines).anyMatch(line -> line.contains("2026-12-02 21:34")).anyMatch(line -> line.contains("2026-12-03 08:05"));
    }

    @Test
    void aParallelRowLongerThanAPageGoesOnOverTheNextPagesAndTheNextRowStartsBelowItsTallerSide() throws IOException {
        var vietnamese = String.join(" ", Collections.nCopies(8_000 / VI_PARAGRAPH.length() + 1, VI_PARAGRAPH));
        var chinese = ZH_PARAGRAPH.repeat(8_000 / ZH_PARAGRAPH.length() + 1);
        var document = new ExportDocument(Language.VI, "Thông cáo chung", List.of(
                new Parallel(vietnamese, chinese, false), new Parallel("Kết thúc", "结束", false)));
        var pdf = export.toBytes(document);
        var left = PdfText.inArea(pdf, LEFT_COLUMN);
        var right = PdfText.inArea(pdf, RIGHT_COLUMN);
        assertThat(left.size()).isGreaterThanOrEqualTo(5);
        assertThat(PdfText.unspaced(String.join("", left))).endsWith(PdfText.unspaced(vietnamese) + "Kếtthúc");
        assertThat(PdfText.unspaced(String.join("", right))).endsWith(chinese + "结束");
        // The Chinese side is the taller: the Vietnamese ended pages before the next row.
        assertThat(left.getLast().strip()).isEqualTo("Kết thúc");
        assertThat(left.get(left.size() - 2)).isBlank();
    }
}
