package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.export.SampleDocuments.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real consumer reads our DOCX files: LibreOffice turns them into PDF with the fonts of the
 * machine, and poppler's pdftotext reads the text back. .ci/run installs both and a Chinese font
 * (fonts-noto-cjk); without them this test fails in CI and is skipped only on a developer's machine.
 * Without a Chinese font it fails too: LibreOffice then draws boxes (see {@link DrawnGlyphs}).
 */
class DocxReadByLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 240;

    @Test
    void libreOfficeOpensTheVietnameseChineseAndBilingualDocxAndPrintsTheirTextUnchanged(@TempDir Path dir) throws Exception {
        requireTools();
        var vi = dir.resolve("vi.docx");
        var zh = dir.resolve("zh.docx");
        var bilingual = dir.resolve("bilingual.docx");
        Files.write(vi, new DocxExport().toBytes(vietnamese()));
        Files.write(zh, new DocxExport().toBytes(chinese()));
        Files.write(bilingual, new DocxExport().toBytes(SampleDocuments.bilingual()));

        // Its own profile: a LibreOffice already open for the user, or a stale lock, would take the job.
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), vi.toString(), zh.toString(), bilingual.toString());

        var viText = pdfToText(dir, dir.resolve("vi.pdf")).replaceAll("\\s+", " ");
        assertThat(viText).contains(VI_TITLE, VI_HEADING, VI_PARAGRAPH, "Độc lập – Tự do – Hạnh phúc",
                "Hồ Tiến Thiệu", "Vi Triều Vĩ");
        for (var cell : VI_ROW) {
            assertThat(viText).contains(cell);
        }
        var zhPdf = dir.resolve("zh.pdf");
        var zhText = PdfText.unspaced(pdfToText(dir, zhPdf));
        assertThat(zhText).contains(ZH_TITLE, ZH_HEADING, PdfText.unspaced(ZH_PARAGRAPH), "韦朝晖", "广西壮族自治区人民政府副主席");
        for (var cell : ZH_ROW) {
            assertThat(zhText).contains(PdfText.unspaced(cell));
        }
        // Drawn, not only extractable: with no Chinese font LibreOffice draws boxes over the right text.
        assertThat(DrawnGlyphs.ideographGlyphs(zhPdf)).as("glyphs drawn for the Chinese characters")
                .isGreaterThanOrEqualTo((int) DrawnGlyphs.ideographs(zhText));

        // The bilingual edition: its running header, and each column's text, Chinese drawn in a Vietnamese document.
        var bilingualPdf = dir.resolve("bilingual.pdf");
        var bilingualText = pdfToText(dir, bilingualPdf);
        assertThat(bilingualText.replaceAll("\\s+", " ")).contains(DRAFT_HEADER, VI_HEADING, VI_PARAGRAPH);
        assertThat(PdfText.unspaced(bilingualText)).contains(ZH_HEADING, PdfText.unspaced(ZH_PARAGRAPH), "韦朝晖");
        assertThat(DrawnGlyphs.ideographGlyphs(bilingualPdf)).as("glyphs drawn for the Chinese column")
                .isGreaterThanOrEqualTo((int) DrawnGlyphs.ideographs(bilingualText));
    }

    private static String pdfToText(Path dir, Path pdf) throws Exception {
        assertThat(pdf).exists();
        var text = dir.resolve(pdf.getFileName() + ".txt");
        run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString());
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws Exception {
        var log = dir.resolve(command[0] + ".log");
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took more than " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(log));
        }
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(log)).isZero();
    }

    /** In CI (CI is set) the tools must be there; on a developer's machine without them the test is skipped. */
    private static void requireTools() throws IOException {
        var missing = new ArrayList<String>();
        for (var tool : List.of("soffice", "pdftotext")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        var message = "Not found: " + missing + "; apt-get install libreoffice-writer poppler-utils fonts-noto-cjk";
        if (System.getenv("CI") != null) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    private static boolean onPath(String tool) {
        var path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
