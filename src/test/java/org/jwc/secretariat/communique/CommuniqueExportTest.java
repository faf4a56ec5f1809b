package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.LibreOffice;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.meeting.Meeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A circulated version opened as the files a reader downloads: DOCX and PDF, Vietnamese, Chinese and bilingual. */
@DatabaseTest
class CommuniqueExportTest {

    @Autowired CommuniqueExport export;
    @Autowired ApprovalService approvals;
    @Autowired CommuniqueService communiques;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;
    CommuniqueVersion version;

    @BeforeEach
    void aCirculatedVersion() {
        meeting = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
        version = approvals.circulate(meeting.id());
        SignedIn.as(accounts, "gx.delegate");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theVietnameseDocxHasTheNumberedSectionsEveryParagraphAndTheDraftMarkWithTheFingerprint() throws IOException {
        try (var docx = docx(Edition.VI)) {
            assertThat(styled(docx, "Heading1")).containsExactly("1. Về hợp tác trong các lĩnh vực trọng điểm");
            assertThat(styled(docx, "Heading2")).containsExactly("(1) Về kết nối giao thông", "(2) Về cửa khẩu", "(3) Về du lịch");
            var text = communiques.workingText(meeting.id());
            var numbered = docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith("¶")).toList();
            assertThat(numbered).hasSize(text.paragraphs().size());
            var bridge = number(text, AgreedProposals.BRIDGE_VI);
            assertThat(numbered).contains("¶" + bridge + "  " + AgreedProposals.BRIDGE_VI);
            assertThat(docx.getHeaderList()).singleElement().satisfies(h ->
                    assertThat(h.getText()).contains("DỰ THẢO – phiên bản 1 – " + version.fingerprint()));
            assertThat(docx.getTables().getLast().getText()).as("the chairs in the committee's order, Tuyên Quang in Hà Giang's place")
                    .containsSubsequence("Thay mặt Tuyên Quang", "Thay mặt Quảng Ninh", "Thay mặt Lạng Sơn", "Thay mặt Cao Bằng", "Thay mặt Quảng Tây");
        }
    }

    @Test
    void theChineseAndBilingualPdfsCarryTheChineseTextHeadingsAndDraftMark() throws IOException {
        var zh = pdfText(export.export(version.id(), Edition.ZH, ExportFormat.PDF));
        assertThat(zh).contains(unspaced("草案 – 第1版 – " + version.fingerprint()), "联合公报", "一、关于重点领域合作", "（一）关于交通互联互通",
                unspaced(AgreedProposals.BRIDGE_ZH));

        var bilingual = export.export(version.id(), Edition.BILINGUAL, ExportFormat.PDF);
        assertThat(column(bilingual, 1)).as("the Chinese column").contains(unspaced(AgreedProposals.BRIDGE_ZH), "（二）关于口岸");
        assertThat(column(bilingual, 0)).as("the Vietnamese column").contains(unspaced("(2) Về cửa khẩu"),
                unspaced(AgreedProposals.GATES_VI));
        assertThat(export.fileName(version.id(), Edition.BILINGUAL, ExportFormat.PDF))
                .isEqualTo("communique-" + meeting.number() + "-v1-" + version.fingerprint() + "-bilingual.pdf");
    }

    @Test
    void theFinalTextCarriesItsFingerprintTheApprovalsAndTheLeadersSignaturesWithoutDraftNumbers() throws IOException {
        for (var leader : CirculatedCommuniques.LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }

        var vi = pdfText(export.export(version.id(), Edition.VI, ExportFormat.PDF));
        assertThat(vi).contains(unspaced("Văn bản cuối cùng đã được các bên phê duyệt – " + version.fingerprint()),
                version.sha256(), unspaced(AgreedProposals.BRIDGE_VI)).doesNotContain("¶", "DỰTHẢO");
        assertThat(approvals.decisions(meeting.id())).allSatisfy(a -> assertThat(vi).contains(unspaced(a.leaderName())));
    }

    @Test
    void libreOfficeOpensTheFinalChineseDocxAndPrintsItsText(@TempDir Path dir) throws Exception {
        LibreOffice.requireTools();
        for (var leader : CirculatedCommuniques.LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
        var docx = dir.resolve("communique-zh.docx");
        Files.write(docx, export.export(version.id(), Edition.ZH, ExportFormat.DOCX));

        LibreOffice.convertToPdf(dir, docx);

        var text = unspaced(LibreOffice.pdfToText(dir, dir.resolve("communique-zh.pdf")));
        assertThat(text).contains("联合公报", "一、关于重点领域合作", unspaced(AgreedProposals.BRIDGE_ZH),
                unspaced(AgreedProposals.TOURISM_ZH), version.fingerprint());
    }

    private XWPFDocument docx(Edition edition) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(export.export(version.id(), edition, ExportFormat.DOCX)));
    }

    private static List<String> styled(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static int number(CommuniqueText text, String vi) {
        var paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (vi.equals(paragraphs.get(i).text().vi())) {
                return i + 1;
            }
        }
        throw new AssertionError("no paragraph " + vi);
    }

    /** The PDF's text without white space: lines wrap differently in each column and language. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return unspaced(new PDFTextStripper().getText(document));
        }
    }

    /** One half of every page, 0 the left: lines of the two columns interleave in the page's plain text. */
    private static String column(byte[] pdf, int half) throws IOException {
        var text = new StringBuilder();
        try (var document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                var stripper = new PDFTextStripperByArea();
                var box = page.getMediaBox();
                stripper.addRegion("half", new Rectangle2D.Float(half * box.getWidth() / 2, 0, box.getWidth() / 2, box.getHeight()));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("half"));
            }
        }
        return unspaced(text.toString());
    }

    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }
}
