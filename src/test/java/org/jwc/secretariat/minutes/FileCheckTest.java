package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RefusedException;

/** A file's type comes from its bytes; its name must agree; the limit is a parameter here. */
class FileCheckTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    @Test
    void aPdfAndADocxAreKnownByTheirContentAndGetTheirChecksum() {
        var pdf = check("Thỏa thuận hợp tác.pdf", SampleFiles.pdf("Agreement"), LIMIT);
        assertThat(pdf.type()).isEqualTo(DocumentType.PDF);
        assertThat(pdf.sha256()).hasSize(64).isEqualTo(FileCheck.sha256(SampleFiles.pdf("Agreement")));
        var docx = check("合作备忘录.DOCX", SampleFiles.docx("MoU"), LIMIT);
        assertThat(docx.type()).isEqualTo(DocumentType.DOCX);
        assertThat(docx.type().contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void theSha256IsTheStandardOne() {
        assertThat(FileCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFolderSentWithTheNameIsDropped() {
        assertThat(check("C:\\Users\\ls\\Kế hoạch.pdf", SampleFiles.pdf("Plan"), LIMIT).name()).isEqualTo("Kế hoạch.pdf");
        assertThat(check("/tmp/plan.pdf", SampleFiles.pdf("Plan"), LIMIT).name()).isEqualTo("plan.pdf");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("empty.pdf", new byte[0], LIMIT, "documents.error.empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsTaken() {
        assertThat(check("a.pdf", SampleFiles.pdfOfSize(2048), 2048).size()).isEqualTo(2048);
        assertRefused("a.pdf", SampleFiles.pdfOfSize(2049), 2048, "documents.error.tooLarge");
        assertThatThrownBy(() -> check("a.pdf", SampleFiles.pdfOfSize(3 * 1024 * 1024), 2 * 1024 * 1024))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.args()).containsExactly(2L));
    }

    @Test
    void aPngOrATextRenamedIsRefusedWhateverItsName() {
        assertRefused("signed.pdf", SampleFiles.png(), LIMIT, "documents.error.notPdfOrDocx");
        assertRefused("signed.docx", "Biên bản ghi nhớ".getBytes(StandardCharsets.UTF_8), LIMIT, "documents.error.notPdfOrDocx");
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() {
        var spreadsheet = SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
        assertRefused("book.docx", spreadsheet, LIMIT, "documents.error.notPdfOrDocx");
        var broken = Arrays.copyOf(SampleFiles.docx("x"), 40);
        assertRefused("broken.docx", broken, LIMIT, "documents.error.notPdfOrDocx");
    }

    @Test
    void aZipThatUnpacksToMoreThanTheBoundBeforeTheDocumentIsRefused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("padding.bin"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat((long) out.size()).as("small packed").isLessThan(LIMIT);
        assertRefused("bomb.docx", out.toByteArray(), LIMIT, "documents.error.notPdfOrDocx");
    }

    @Test
    void aWordFileWithMacrosRenamedDocxIsRefused() {
        var parts = new java.util.LinkedHashMap<String, String>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("word/document.xml", "<w:document/>");
        parts.put("word/vbaProject.bin", "macro");
        assertRefused("agreement.docx", SampleFiles.zip(parts), LIMIT, "documents.error.macros");
    }

    @Test
    void aNameThatDisagreesWithTheContentIsRefused() {
        assertRefused("agreement.docx", SampleFiles.pdf("Agreement"), LIMIT, "documents.error.wrongExtension");
        assertRefused("mou.pdf", SampleFiles.docx("MoU"), LIMIT, "documents.error.wrongExtension");
        assertRefused("agreement", SampleFiles.pdf("Agreement"), LIMIT, "documents.error.wrongExtension");
        assertThatThrownBy(() -> check("agreement.docx", SampleFiles.pdf("Agreement"), LIMIT))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.args()).containsExactly("PDF", "pdf"));
    }

    @Test
    void aMissingNameIsRefused() {
        assertRefused("  ", SampleFiles.pdf("x"), LIMIT, "validation.required");
        assertRefused("folder/", SampleFiles.pdf("x"), LIMIT, "validation.required");
    }

    private static CheckedFile check(String name, byte[] bytes, long limit) {
        return FileCheck.check(name, new ByteArrayInputStream(bytes), limit);
    }

    private static void assertRefused(String name, byte[] bytes, long limit, String key) {
        assertThatThrownBy(() -> check(name, bytes, limit))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("file");
                });
    }
}
