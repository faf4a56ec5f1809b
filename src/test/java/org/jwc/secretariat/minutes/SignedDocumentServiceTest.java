package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The host's secretary keeps the register of signed documents; everyone reads it and downloads the files. */
@DatabaseTest
class SignedDocumentServiceTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 12, 5);

    @Autowired SignedDocumentService documents;
    @Autowired DocumentFiles files;
    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theHostSecretaryRegistersAPdfAndADocxAndEveryoneDownloadsTheSameBytes() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        var pdf = SampleFiles.pdf("Agreement on border gates");
        var docx = SampleFiles.docx("Biên bản ghi nhớ hợp tác du lịch");
        SignedIn.as(accounts, "ls.secretary");
        var agreement = documents.register(meeting.id(), details("Thỏa thuận về cửa khẩu", "口岸协议", DocumentKind.AGREEMENT, "LS", "GX"),
                "Thỏa thuận cửa khẩu.pdf", new ByteArrayInputStream(pdf));
        var mou = documents.register(meeting.id(), details("Biên bản ghi nhớ du lịch", "旅游合作备忘录", DocumentKind.MOU, "LS", "GX"),
                "旅游合作备忘录.docx", new ByteArrayInputStream(docx));

        for (var reader : List.of("gx.delegate", "qn.leader", "admin")) {
            SignedIn.as(accounts, reader);
            assertThat(documents.list(meeting.id())).as(reader).extracting(d -> d.title().zh()).containsExactly("口岸协议", "旅游合作备忘录");
            var downloaded = documents.file(agreement.id());
            assertThat(downloaded.bytes()).isEqualTo(pdf);
            assertThat(downloaded.contentType()).isEqualTo("application/pdf");
            assertThat(downloaded.fileName()).isEqualTo("Thỏa thuận cửa khẩu.pdf");
            assertThat(downloaded.sha256()).isEqualTo(FileCheck.sha256(pdf)).isEqualTo(agreement.sha256());
            assertThat(documents.file(mou.id()).bytes()).isEqualTo(docx);
        }
        var listed = documents.list(meeting.id()).getLast();
        assertThat(listed.type()).isEqualTo(DocumentType.DOCX);
        assertThat(listed.sizeBytes()).isEqualTo(docx.length);
        assertThat(listed.signatoryPartyIds()).containsExactlyInAnyOrder(party("LS"), party("GX"));
        assertThat(listed.signedOn()).isEqualTo(SIGNED_ON);
    }

    @Test
    void listingTheRegisterReadsNoFile() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"), "plan.pdf",
                new ByteArrayInputStream(SampleFiles.pdf("Plan")));
        documents.register(meeting.id(), details("Biên bản", "纪要", DocumentKind.MINUTES, "LS", "GX"), "minutes.docx",
                new ByteArrayInputStream(SampleFiles.docx("Minutes")));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            assertThat(documents.list(meeting.id())).hasSize(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(statistics.getEntityStatistics(SignedDocument.class.getName()).getLoadCount()).isEqualTo(2);
        assertThat(statistics.getEntityStatistics(DocumentFile.class.getName()).getLoadCount()).isZero();
    }

    @Test
    void onlyTheHostPartysSecretaryChangesTheRegister() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS", "CB"),
                "plan.pdf", new ByteArrayInputStream(SampleFiles.pdf("Plan")));
        for (var refused : List.of("gx.secretary", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> documents.register(meeting.id(), details("Khác", "其他", DocumentKind.PLAN, "LS"),
                    "other.pdf", new ByteArrayInputStream(SampleFiles.pdf("Other")))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Khác", "其他", DocumentKind.PLAN, "LS")))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).hasMessage("documents.error.hostOnly");
        assertThat(documents.list(meeting.id())).extracting(d -> d.title().vi()).containsExactly("Kế hoạch");
    }

    @Test
    void emptyOversizedMistypedAndDuplicateFilesAreRefusedAndNothingIsSaved() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var pdf = SampleFiles.pdf("Agreement");
        documents.register(meeting.id(), details("Thỏa thuận", "协议", DocumentKind.AGREEMENT, "LS", "GX"), "agreement.pdf",
                new ByteArrayInputStream(pdf));
        var filesBefore = files.count();
        var details = details("Văn kiện khác", "其他文件", DocumentKind.PLAN, "LS", "GX");

        assertFileRefused(meeting, details, "empty.pdf", new byte[0], "documents.error.empty");
        assertFileRefused(meeting, details, "large.pdf", SampleFiles.pdfOfSize((int) documents.maxBytes() + 1), "documents.error.tooLarge");
        assertFileRefused(meeting, details, "photo.pdf", SampleFiles.png(), "documents.error.notPdfOrDocx");
        assertFileRefused(meeting, details, "note.docx", "Biên bản".getBytes(StandardCharsets.UTF_8),
                "documents.error.notPdfOrDocx");
        assertFileRefused(meeting, details, "agreement.docx", SampleFiles.pdf("Other"), "documents.error.wrongExtension");
        assertThatThrownBy(() -> documents.register(meeting.id(), details, "copy.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.duplicate");
                    assertThat(e.args()).containsExactly(new LocalizedText("Thỏa thuận", "协议", null));
                });
        assertThatThrownBy(() -> documents.checkFile(meeting.id(), "copy.pdf", new ByteArrayInputStream(pdf)))
                .hasMessage("documents.error.duplicate");

        assertThat(documents.list(meeting.id())).hasSize(1);
        assertThat(files.count()).as("no file stored").isEqualTo(filesBefore);
    }

    @Test
    void detailsAreCheckedBeforeTheFileIsStored() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var filesBefore = files.count();
        var ls = party("LS");
        assertDetailsRefused(meeting, new SignedDocumentDetails(new LocalizedText("Chỉ tiếng Việt", null, null), DocumentKind.MOU,
                Set.of(ls), SIGNED_ON), "title", "validation.officialLanguages");
        assertDetailsRefused(meeting, new SignedDocumentDetails(new LocalizedText("Kế hoạch", "计划", null), null,
                Set.of(ls), SIGNED_ON), "kind", "validation.required");
        assertDetailsRefused(meeting, new SignedDocumentDetails(new LocalizedText("Kế hoạch", "计划", null), DocumentKind.PLAN,
                Set.of(), SIGNED_ON), "signatories", "validation.required");
        assertDetailsRefused(meeting, new SignedDocumentDetails(new LocalizedText("Kế hoạch", "计划", null), DocumentKind.PLAN,
                Set.of(ls, -1L), SIGNED_ON), "signatories", "documents.error.unknownParty");
        assertDetailsRefused(meeting, new SignedDocumentDetails(new LocalizedText("Kế hoạch", "计划", null), DocumentKind.PLAN,
                Set.of(ls), LocalDate.now().plusDays(3)), "signedOn", "documents.error.futureDate");
        assertThat(documents.list(meeting.id())).isEmpty();
        assertThat(files.count()).isEqualTo(filesBefore);
    }

    @Test
    void theHostEditsAnEntryAndRemovesItWithItsFile() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var filesBefore = files.count();
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(SampleFiles.pdf("Plan")));
        var edited = documents.edit(plan.id(), plan.getVersion(), details("Kế hoạch hành động", "行动计划", DocumentKind.PLAN, "LS", "GX"));
        assertThat(edited.signatoryPartyIds()).containsExactlyInAnyOrder(party("LS"), party("GX"));
        assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Cũ", "旧", DocumentKind.PLAN, "LS")))
                .hasMessage("error.concurrentEdit");
        assertThat(files.count()).isEqualTo(filesBefore + 1);

        documents.remove(edited.id(), edited.getVersion());
        assertThat(documents.list(meeting.id())).isEmpty();
        assertThat(files.count()).isEqualTo(filesBefore);
        assertThatThrownBy(() -> documents.file(edited.id())).hasMessage("error.notFound");
        // The same file may now be registered again.
        documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(SampleFiles.pdf("Plan")));
    }

    @Test
    void closedMinutesLockTheRegister() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var minutesRecord = minutes.open(meeting.id());
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(SampleFiles.pdf("Plan")));
        for (var code : List.of("tq", "qn", "ls", "cb", "gx")) {
            SignedIn.as(accounts, code + ".secretary");
            var statement = minutes.sections(meeting.id()).stream()
                    .filter(s -> s.kind() == SectionKind.STATEMENT && !s.shared()).findFirst().orElseThrow();
            var written = minutes.write(statement.id(), statement.getVersion(), new SectionText(statement.heading(),
                    new LocalizedText("Phát biểu " + code, code + "发言", null)));
            minutes.submitStatement(written.id(), written.getVersion());
        }
        SignedIn.as(accounts, "ls.secretary");
        minutes.close(meeting.id(), minutesRecord.getVersion());

        assertThatThrownBy(() -> documents.register(meeting.id(), details("Thêm", "追加", DocumentKind.MOU, "LS"),
                "more.pdf", new ByteArrayInputStream(SampleFiles.pdf("More")))).hasMessage("minutes.error.closed");
        assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Sửa", "改", DocumentKind.PLAN, "LS")))
                .hasMessage("minutes.error.closed");
        assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).hasMessage("minutes.error.closed");
        SignedIn.as(accounts, "gx.delegate");
        assertThat(documents.file(plan.id()).sha256()).isEqualTo(plan.sha256());
    }

    @Test
    void aFileWhoseBytesChangedInTheDatabaseIsNotHandedOut() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(SampleFiles.pdf("Plan")));
        jdbc.update("UPDATE document_file SET bytes = ? WHERE id = ?", SampleFiles.pdf("Tampered"), plan.fileId());
        assertThatThrownBy(() -> documents.file(plan.id())).hasMessage("documents.error.damaged");
    }

    @Test
    void aFileOfExactlyTheLimitIsStoredWhole() {
        var meeting = MeetingsForMinutes.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        var large = SampleFiles.pdfOfSize((int) documents.maxBytes());
        var document = documents.register(meeting.id(), details("Phụ lục", "附件", DocumentKind.AGREEMENT, "LS", "GX"),
                "annex.pdf", new ByteArrayInputStream(large));
        assertThat(documents.file(document.id()).bytes()).isEqualTo(large);
    }

    private void assertFileRefused(Meeting meeting, SignedDocumentDetails details, String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> documents.register(meeting.id(), details, name, new ByteArrayInputStream(bytes))).as(name)
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("file");
                });
    }

    private void assertDetailsRefused(Meeting meeting, SignedDocumentDetails details, String field, String key) {
        assertThatThrownBy(() -> documents.register(meeting.id(), details, "plan.pdf",
                new ByteArrayInputStream(SampleFiles.pdf("Plan")))).as(key)
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private SignedDocumentDetails details(String vi, String zh, DocumentKind kind, String... signatories) {
        return new SignedDocumentDetails(new LocalizedText(vi, zh, null), kind,
                Arrays.stream(signatories).map(this::party).collect(Collectors.toSet()), SIGNED_ON);
    }

    private long party(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
