package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.PartyService;
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
    @Autowired CommitteeService committees;
    @Autowired PartyService parties;

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
        approvedByEveryLeader();

        var vi = pdfText(export.export(version.id(), Edition.VI, ExportFormat.PDF));
        assertThat(vi).contains(unspaced("Văn bản cuối cùng đã được các bên phê duyệt – " + version.fingerprint()),
                version.sha256(), unspaced(AgreedProposals.BRIDGE_VI)).doesNotContain("¶", "DỰTHẢO");
        assertThat(approvals.decisions(meeting.id())).allSatisfy(a -> assertThat(vi).contains(unspaced(a.leaderName())));
    }

    @Test
    void eachLanguagesFileCarriesTheTitleOnceThenTheSubtitleNamingTheCommitteeInFull() throws IOException {
        var committee = committees.name();
        try (var vi = docx(Edition.VI)) {
            assertThat(texts(vi)).filteredOn("THÔNG CÁO CHUNG"::equals).hasSize(1);
            assertThat(styled(vi, "Title")).containsExactly("THÔNG CÁO CHUNG");
            assertThat(vi.getParagraphs().get(1).getText()).isEqualTo("Hội nghị lần thứ " + meeting.number() + " " + committee.vi());
        }
        var zh = pdfText(export.export(version.id(), Edition.ZH, ExportFormat.PDF));
        assertThat(zh.split("联合公报", -1)).as("the title once").hasSize(2);
        var chineseNumber = "第" + Numerals.chinese(meeting.number()) + "次会议";
        assertThat(zh).contains("联合公报" + unspaced(committee.zh()) + chineseNumber).doesNotContainPattern("第\\d+次");
        assertThat(zh.split(unspaced(committee.zh()) + chineseNumber, -1)).as("the preamble writes it as the subtitle does").hasSize(3);
        try (var zhDocx = docx(Edition.ZH)) {
            assertThat(texts(zhDocx)).filteredOn("联合公报"::equals).hasSize(1);
        }
    }

    @Test
    void theBilingualFileHeadsEachColumnWithItsOwnTitleAndSubtitleAndNothingAboveThem() throws IOException {
        var pdf = export.export(version.id(), Edition.BILINGUAL, ExportFormat.PDF);
        assertThat(unspaced(pdfLines(pdf).get(1))).as("under the running header, the two titles side by side")
                .isEqualTo("THÔNGCÁOCHUNG联合公报");
        var left = column(pdf, 0);
        var right = column(pdf, 1);
        assertThat(left).contains("THÔNGCÁOCHUNGHộinghịlầnthứ" + meeting.number()).doesNotContain("联合公报");
        assertThat(left.split("THÔNGCÁOCHUNG", -1)).hasSize(2);
        assertThat(right.split("联合公报", -1)).hasSize(2);
        assertThat(right).contains("联合公报" + unspaced(committees.name().zh()) + "第" + Numerals.chinese(meeting.number()) + "次会议");

        try (var docx = docx(Edition.BILINGUAL)) {
            assertThat(docx.getParagraphs()).as("no title above the columns").noneMatch(p -> "Title".equals(p.getStyle()));
            var titles = docx.getTables().getFirst().getRow(0).getTableCells();
            assertThat(titles).extracting(c -> c.getText()).containsExactly("THÔNG CÁO CHUNG", "联合公报");
            assertThat(titles).allSatisfy(c -> assertThat(c.getParagraphs().getFirst().getStyle()).isEqualTo("Title"));
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("THÔNG CÁO CHUNG / 联合公报");
        }
    }

    @Test
    void eachFileGivesTheApprovalTimesInItsSidesZoneNamedAndNeverBrokenInsideATime() throws IOException {
        approvedByEveryLeader();
        var hanoi = parties.findByCode("LS").orElseThrow().zone();
        var beijing = parties.findByCode("GX").orElseThrow().zone();
        var decided = approvals.decisions(meeting.id()).stream().map(Approval::decidedAt).toList();

        var zh = pdfLines(export.export(version.id(), Edition.ZH, ExportFormat.PDF));
        assertThat(unspaced(String.join("", zh))).contains("批准时间（北京时间）").doesNotContain("+07:00", "+08:00");
        assertThat(decided).allSatisfy(at -> assertThat(zh).anyMatch(line -> line.contains(time(at, beijing))));
        var vi = pdfLines(export.export(version.id(), Edition.VI, ExportFormat.PDF));
        assertThat(unspaced(String.join("", vi))).contains(unspaced("Thời điểm phê duyệt (giờ Hà Nội)"));
        assertThat(decided).allSatisfy(at -> assertThat(vi).anyMatch(line -> line.contains(time(at, hanoi))));

        var bilingual = pdfLines(export.export(version.id(), Edition.BILINGUAL, ExportFormat.PDF));
        assertThat(unspaced(String.join("", bilingual))).contains(unspaced("(giờ Hà Nội) / 批准时间（北京时间）"));
        assertThat(decided).allSatisfy(at -> assertThat(bilingual).anyMatch(line -> line.contains(time(at, hanoi)))
                .anyMatch(line -> line.contains(time(at, beijing))));
        try (var docx = docx(Edition.BILINGUAL)) {
            var row = docx.getTables().getLast().getRow(1);
            assertThat(row.getCell(2).getText().replace('\u00A0', ' ')).as("Hanoi time, then Beijing time, as the columns")
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\n\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        }
    }

    @Test
    void libreOfficeOpensTheFinalDocxInEachLanguageAndPrintsItsTitleOnceAndItsTimesWhole(@TempDir Path dir) throws Exception {
        LibreOffice.requireTools();
        approvedByEveryLeader();
        var vi = dir.resolve("communique-vi.docx");
        var zh = dir.resolve("communique-zh.docx");
        Files.write(vi, export.export(version.id(), Edition.VI, ExportFormat.DOCX));
        Files.write(zh, export.export(version.id(), Edition.ZH, ExportFormat.DOCX));

        LibreOffice.convertToPdf(dir, vi, zh);

        var decided = approvals.decisions(meeting.id()).stream().map(Approval::decidedAt).toList();
        var zhLines = LibreOffice.pdfToText(dir, dir.resolve("communique-zh.pdf")).replace('\u00A0', ' ');
        var zhText = unspaced(zhLines);
        assertThat(zhText).contains("一、关于重点领域合作", unspaced(AgreedProposals.BRIDGE_ZH),
                unspaced(AgreedProposals.TOURISM_ZH), version.fingerprint(), "北京时间");
        assertThat(zhText.split("联合公报", -1)).hasSize(2);
        var beijing = parties.findByCode("GX").orElseThrow().zone();
        assertThat(decided).allSatisfy(at -> assertThat(zhLines.lines()).anyMatch(line -> line.contains(time(at, beijing))));

        var viLines = LibreOffice.pdfToText(dir, dir.resolve("communique-vi.pdf")).replace('\u00A0', ' ');
        assertThat(unspaced(viLines).split("THÔNGCÁOCHUNG", -1)).hasSize(2);
        assertThat(unspaced(viLines)).contains(unspaced("Hội nghị lần thứ " + meeting.number() + " " + committees.name().vi()),
                unspaced("giờ Hà Nội"));
        var hanoi = parties.findByCode("LS").orElseThrow().zone();
        assertThat(decided).allSatisfy(at -> assertThat(viLines.lines()).anyMatch(line -> line.contains(time(at, hanoi))));
    }

    private void approvedByEveryLeader() {
        for (var leader : CirculatedCommuniques.LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
    }

    /** "2026-12-02 21:34": as a reader in that zone reads the moment. */
    private static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
    }

    /** The PDF's lines as drawn, no-break spaces read as spaces. */
    private static List<String> pdfLines(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').lines().toList();
        }
    }

    private static List<String> texts(XWPFDocument docx) {
        return docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
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
