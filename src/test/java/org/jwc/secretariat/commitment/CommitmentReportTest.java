package org.jwc.secretariat.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.meeting.Meeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The report on the implementation of a meeting's agreements, opened as the DOCX and PDF a reader downloads. */
@DatabaseTest
class CommitmentReportTest {

    static final String NOTE_VI = "Đã hoàn thành nghiệm thu, chuẩn bị thông xe.";
    static final String NOTE_ZH = "已完成验收，准备通车。";

    @Autowired CommitmentReport report;
    @Autowired CommitmentService commitments;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;

    @BeforeEach
    void aFinalCommuniqueAndAReportOnTheBridge() {
        meeting = FinalCommunique.made(context);
        SignedIn.as(accounts, "cb.delegate");
        commitments.report(bridge().commitment().id(), new ProgressReport(CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 20), new LocalizedText(NOTE_VI, NOTE_ZH, null)));
        SignedIn.as(accounts, "gx.delegate");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theVietnameseReportHasItsTitleTheCommitmentsTheStatusesAndTheLatestNoteInBothFormats() throws IOException {
        for (var format : ExportFormat.values()) {
            var vi = text(report.export(meeting.id(), Language.VI, format), format);
            assertThat(vi).as(format.name()).contains(
                    unspaced("Báo cáo kết quả thực hiện các thỏa thuận tại Hội nghị lần thứ " + meeting.number()),
                    unspaced("Ủy ban Công tác liên hợp"), unspaced("Tổng hợp theo bên"), unspaced("Kết nối giao thông"),
                    unspaced(AgreedProposals.BRIDGE_VI), unspaced(AgreedProposals.GATES_VI),
                    unspaced("Đang triển khai"), unspaced("Chưa triển khai"), unspaced(NOTE_VI), "20/11/2026")
                    .doesNotContain(unspaced(NOTE_ZH));
        }
    }

    @Test
    void theChineseReportReadsTheSameInChinese() throws IOException {
        for (var format : ExportFormat.values()) {
            var zh = text(report.export(meeting.id(), Language.ZH, format), format);
            assertThat(zh).as(format.name()).contains("第" + Numerals.chinese(meeting.number()) + "次会议商定事项落实情况报告",
                    "联合工作委员会", "各方汇总", "交通互联互通", unspaced(AgreedProposals.BRIDGE_ZH), unspaced(AgreedProposals.TOURISM_ZH),
                    "推进中", "未启动", unspaced(NOTE_ZH), "2026年11月20日")
                    .doesNotContain(unspaced(NOTE_VI));
        }
        assertThat(report.fileName(meeting.id(), Language.ZH, ExportFormat.PDF)).isEqualTo("report-" + meeting.number() + "-zh.pdf");
        assertThat(report.fileName(meeting.id(), Language.VI, ExportFormat.DOCX)).isEqualTo("report-" + meeting.number() + "-vi.docx");
    }

    @Test
    void theSectionsFollowTheAreaTreeAndTheSummaryCountsEachPartysCommitments() throws IOException {
        try (var docx = new XWPFDocument(new ByteArrayInputStream(report.export(meeting.id(), Language.VI, ExportFormat.DOCX)))) {
            var headings = docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getText()).toList();
            assertThat(headings).as("the areas in the tree's order, under their parent").containsSubsequence(
                    "Hợp tác trong các lĩnh vực trọng điểm", "Kết nối giao thông", "Cửa khẩu", "Du lịch");
            var summary = docx.getTables().getFirst();
            var caoBang = summary.getRows().stream().filter(r -> r.getCell(0).getText().equals("Cao Bằng")).findFirst().orElseThrow();
            assertThat(caoBang.getTableCells()).extracting(c -> c.getText())
                    .as("Cao Bằng: two not started, one in progress, of three").containsExactly("Cao Bằng", "2", "1", "0", "0", "3");
        }
    }

    @Test
    void aMeetingWithoutAFinalCommuniqueSaysSo() throws IOException {
        var other = TestMeetings.newMeeting(context.getBean(org.jwc.secretariat.meeting.MeetingService.class), accounts);
        SignedIn.as(accounts, "gx.delegate");
        assertThat(text(report.export(other.id(), Language.VI, ExportFormat.PDF), ExportFormat.PDF))
                .contains(unspaced("thông cáo chung chưa được các bên phê duyệt"));
    }

    private CommitmentView bridge() {
        return commitments.find(new CommitmentFilter(meeting.id(), null, null, null)).stream()
                .filter(v -> AgreedProposals.BRIDGE_VI.equals(v.commitment().text().vi())).findFirst().orElseThrow();
    }

    /** The file's text without white space: lines wrap differently in each format. */
    private static String text(byte[] file, ExportFormat format) throws IOException {
        if (format == ExportFormat.PDF) {
            try (var document = Loader.loadPDF(file)) {
                return unspaced(new PDFTextStripper().getText(document));
            }
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(file)); var extractor = new XWPFWordExtractor(docx)) {
            return unspaced(extractor.getText());
        }
    }

    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }

}
