package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The minutes as DOCX and PDF in Vietnamese and in Chinese, opened again and read. */
@DatabaseTest
class MinutesExportTest {

    @Autowired MinutesExport export;
    @Autowired MinutesService minutes;
    @Autowired AttendanceService attendance;
    @Autowired MeetingService meetings;
    @Autowired SignedDocumentService documents;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOutAndDiscardTheMeetings() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theClosedMinutesReadTheSameInTheirDocxAndPdfInEachLanguageWithoutAnyPartysDraft() throws IOException {
        var meeting = closedMinutesWithADraftDelegation();
        SignedIn.as(accounts, "gx.delegate");
        for (var format : ExportFormat.values()) {
            var vi = text(export.export(meeting.id(), Language.VI, format), format);
            assertThat(vi).as(format.name()).contains("Biên bản Hội nghị thử nghiệm lần", "Thành phần tham dự",
                    "Trưởng đoàn", "Hoàng Xuân Ánh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
                    "Phát biểu của Đoàn Cao Bằng", "Cao Bằng đề nghị nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang.",
                    "Trưởng Đoàn Lạng Sơn", "Biên bản ghi nhớ về hợp tác cửa khẩu", "Ngày 20 tháng 11 năm 2026")
                    .doesNotContain("DỰ THẢO", "Bản nháp của Quảng Ninh");
            var zh = text(export.export(meeting.id(), Language.ZH, format), format);
            assertThat(zh).as(format.name()).contains("第", "次测试会议纪要", "出席人员", "团长", "黄春映", "谅山省人民委员会主席",
                    "高平省代表团发言", "高平建议升级茶岭—龙邦口岸。", "口岸合作谅解备忘录", "2026年11月20日")
                    .doesNotContain("广宁草稿");
        }
        assertThat(export.fileName(meeting.id(), Language.ZH, ExportFormat.PDF)).isEqualTo("minutes-" + meeting.number() + "-zh.pdf");
    }

    @Test
    void minutesNotYetClosedAreMarkedAsADraft() throws IOException {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        minutes.open(meeting.id());
        assertThat(text(export.export(meeting.id(), Language.VI, ExportFormat.PDF), ExportFormat.PDF)).contains("DỰ THẢO");
        assertThat(text(export.export(meeting.id(), Language.ZH, ExportFormat.DOCX), ExportFormat.DOCX)).contains("草稿");
    }

    /** Every party's statement confirmed and the minutes closed; Quảng Ninh's delegation list never submitted. */
    private Meeting closedMinutesWithADraftDelegation() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var record = minutes.open(meeting.id());
        attendance.addMember(meeting.id(), new AttendeeDetails(new LocalizedText("Hoàng Xuân Ánh", "黄春映", null),
                new LocalizedText("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "谅山省人民委员会主席", null), AttendeeRole.HEAD));
        attendance.submitDelegation(meeting.id());
        documents.register(meeting.id(), new SignedDocumentDetails(new LocalizedText("Biên bản ghi nhớ về hợp tác cửa khẩu",
                "口岸合作谅解备忘录", null), DocumentKind.MOU, Set.of(parties.findByCode("LS").orElseThrow().id(),
                parties.findByCode("GX").orElseThrow().id()), LocalDate.of(2026, 11, 20)), "mou.pdf",
                new ByteArrayInputStream(SampleFiles.pdf("MoU " + SignedIn.unique(""))));
        SignedIn.as(accounts, "qn.secretary");
        attendance.addMember(meeting.id(), new AttendeeDetails(new LocalizedText("Bản nháp của Quảng Ninh", "广宁草稿", null),
                new LocalizedText("Chức vụ", "职务", null), AttendeeRole.HEAD));
        for (var code : List.of("tq", "qn", "ls", "cb", "gx")) {
            SignedIn.as(accounts, code + ".secretary");
            var statement = minutes.sections(meeting.id()).stream()
                    .filter(s -> s.kind() == SectionKind.STATEMENT && !s.shared()).findFirst().orElseThrow();
            var body = code.equals("cb") ? new LocalizedText("Cao Bằng đề nghị nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang.",
                    "高平建议升级茶岭—龙邦口岸。", null) : new LocalizedText("Phát biểu " + code, code + "发言", null);
            var written = minutes.write(statement.id(), statement.getVersion(), new SectionText(statement.heading(), body));
            minutes.submitStatement(written.id(), written.getVersion());
        }
        SignedIn.as(accounts, "ls.secretary");
        minutes.close(meeting.id(), record.getVersion());
        return meeting;
    }

    /** The file's text, its line breaks and runs of spaces as one space (table cells wrap their lines). */
    private static String text(byte[] file, ExportFormat format) throws IOException {
        return extracted(file, format).replaceAll("\\s+", " ");
    }

    private static String extracted(byte[] file, ExportFormat format) throws IOException {
        if (format == ExportFormat.DOCX) {
            try (var docx = new XWPFDocument(new ByteArrayInputStream(file)); var extractor = new XWPFWordExtractor(docx)) {
                return extractor.getText();
            }
        }
        try (var pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
