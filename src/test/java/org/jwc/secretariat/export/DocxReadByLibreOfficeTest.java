package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.export.SampleDocuments.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jwc.secretariat.LibreOffice;

/**
 * A real consumer reads our DOCX files: LibreOffice turns them into PDF with the fonts of the
 * machine, and poppler's pdftotext reads the text back. .ci/run installs both and a Chinese font
 * (fonts-noto-cjk); without them this test fails in CI and is skipped only on a developer's machine.
 * Without a Chinese font it fails too: LibreOffice then draws boxes (see {@link DrawnGlyphs}).
 */
class DocxReadByLibreOfficeTest {

    @Test
    void libreOfficeOpensTheVietnameseChineseAndBilingualDocxAndPrintsTheirTextUnchanged(@TempDir Path dir) throws Exception {
        LibreOffice.requireTools();
        var vi = dir.resolve("vi.docx");
        var zh = dir.resolve("zh.docx");
        var bilingual = dir.resolve("bilingual.docx");
        Files.write(vi, new DocxExport().toBytes(vietnamese()));
        Files.write(zh, new DocxExport().toBytes(chinese()));
        Files.write(bilingual, new DocxExport().toBytes(SampleDocuments.bilingual()));

        LibreOffice.convertToPdf(dir, vi, zh, bilingual);

        var viText = LibreOffice.pdfToText(dir, dir.resolve("vi.pdf")).replaceAll("\\s+", " ");
        assertThat(viText).contains(VI_TITLE, VI_HEADING, VI_PARAGRAPH, "Độc lập – Tự do – Hạnh phúc",
                "Hồ Tiến Thiệu", "Vi Triều Vĩ");
        for (var cell : VI_ROW) {
            assertThat(viText).contains(cell);
        }
        var zhPdf = dir.resolve("zh.pdf");
        var zhText = PdfText.unspaced(LibreOffice.pdfToText(dir, zhPdf));
        assertThat(zhText).contains(ZH_TITLE, ZH_HEADING, PdfText.unspaced(ZH_PARAGRAPH), "韦朝晖", "广西壮族自治区人民政府副主席");
        for (var cell : ZH_ROW) {
            assertThat(zhText).contains(PdfText.unspaced(cell));
        }
        // Drawn, not only extractable: with no Chinese font LibreOffice draws boxes over the right text.
        assertThat(DrawnGlyphs.ideographGlyphs(zhPdf)).as("glyphs drawn for the Chinese characters")
                .isGreaterThanOrEqualTo((int) DrawnGlyphs.ideographs(zhText));

        // The bilingual edition: its running header, and each column's text, Chinese drawn in a Vietnamese document.
        var bilingualPdf = dir.resolve("bilingual.pdf");
        var bilingualText = LibreOffice.pdfToText(dir, bilingualPdf);
        assertThat(bilingualText.replaceAll("\\s+", " ")).contains(DRAFT_HEADER, VI_HEADING, VI_PARAGRAPH);
        assertThat(PdfText.unspaced(bilingualText)).contains(ZH_HEADING, PdfText.unspaced(ZH_PARAGRAPH), "韦朝晖");
        assertThat(DrawnGlyphs.ideographGlyphs(bilingualPdf)).as("glyphs drawn for the Chinese column")
                .isGreaterThanOrEqualTo((int) DrawnGlyphs.ideographs(bilingualText));
    }
}
