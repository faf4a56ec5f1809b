package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The host's secretary keeps the register of signed documents; everyone reads it and downloads the
 * files. The tests share one meeting of their own (test meetings are numbered below the 14th, and
 * few such numbers are left), so each registers files no other test has and counts what it added.
 */
@DatabaseTest
class SignedDocumentServiceTest {

    private static @Nullable Meeting meeting;

    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 12, 5);

    @Autowired SignedDocumentService documents;
    @Autowired DocumentFiles files;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MinutesRecords minutesRecords;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theHostSecretaryRegistersAPdfAndADocxAndEveryoneDownloadsTheSameBytes() {
        var meeting = meeting();
        var pdf = SampleFiles.pdf("Agreement on border gates " + SignedIn.unique("pdf"));
        var docx = SampleFiles.docx("Biên bản ghi nhớ hợp tác du lịch " + SignedIn.unique("docx"));
        SignedIn.as(accounts, "ls.secretary");
        var agreement = documents.register(meeting.id(), details("Thỏa thuận về cửa khẩu", "口岸协议", DocumentKind.AGREEMENT, "LS", "GX"),
                "Thỏa thuận cửa khẩu.pdf", new ByteArrayInputStream(pdf));
        var mou = documents.register(meeting.id(), details("Biên bản ghi nhớ du lịch", "旅游合作备忘录", DocumentKind.MOU, "LS", "GX"),
                "旅游合作备忘录.docx", new ByteArrayInputStream(docx));

        for (var reader : List.of("gx.delegate", "qn.leader", "admin")) {
            SignedIn.as(accounts, reader);
            assertThat(documents.list(meeting.id())).as(reader).extracting(SignedDocument::id).contains(agreement.id(), mou.id());
            var downloaded = documents.file(agreement.id());
            assertThat(downloaded.bytes()).isEqualTo(pdf);
            assertThat(downloaded.contentType()).isEqualTo("application/pdf");
            assertThat(downloaded.fileName()).isEqualTo("Thỏa thuận cửa khẩu.pdf");
            assertThat(downloaded.sha256()).isEqualTo(FileCheck.sha256(pdf)).isEqualTo(agreement.sha256());
            assertThat(documents.file(mou.id()).bytes()).isEqualTo(docx);
        }
        var listed = documents.list(meeting.id()).stream().filter(d -> d.id() == mou.id()).findFirst().orElseThrow();
        assertThat(listed.title().zh()).isEqualTo("旅游合作备忘录");
        assertThat(listed.type()).isEqualTo(DocumentType.DOCX);
        assertThat(listed.sizeBytes()).isEqualTo(docx.length);
        assertThat(listed.signatoryPartyIds()).containsExactlyInAnyOrder(party("LS"), party("GX"));
        assertThat(listed.signedOn()).isEqualTo(SIGNED_ON);
    }

    @Test
    void listingTheRegisterReadsNoFile() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"), "plan.pdf",
                new ByteArrayInputStream(uniquePdf("Plan")));
        documents.register(meeting.id(), details("Biên bản", "纪要", DocumentKind.MINUTES, "LS", "GX"), "minutes.docx",
                new ByteArrayInputStream(uniqueDocx("Minutes")));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        int listed;
        try {
            listed = documents.list(meeting.id()).size();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(listed).isGreaterThanOrEqualTo(2);
        assertThat(statistics.getEntityStatistics(SignedDocument.class.getName()).getLoadCount()).isEqualTo(listed);
        assertThat(statistics.getEntityStatistics(DocumentFile.class.getName()).getLoadCount()).isZero();
    }

    @Test
    void onlyTheHostPartysSecretaryChangesTheRegister() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS", "CB"),
                "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan")));
        for (var refused : List.of("gx.secretary", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> documents.register(meeting.id(), details("Khác", "其他", DocumentKind.PLAN, "LS"),
                    "other.pdf", new ByteArrayInputStream(uniquePdf("Other")))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Khác", "其他", DocumentKind.PLAN, "LS")))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).hasMessage("documents.error.hostOnly");
        assertThat(documents.list(meeting.id())).extracting(SignedDocument::id).contains(plan.id());
    }

    @Test
    void emptyOversizedMistypedAndDuplicateFilesAreRefusedAndNothingIsSaved() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var pdf = uniquePdf("Agreement");
        documents.register(meeting.id(), details("Thỏa thuận", "协议", DocumentKind.AGREEMENT, "LS", "GX"), "agreement.pdf",
                new ByteArrayInputStream(pdf));
        var filesBefore = files.count();
        var registered = documents.list(meeting.id()).size();
        var details = details("Văn kiện khác", "其他文件", DocumentKind.PLAN, "LS", "GX");

        assertFileRefused(meeting, details, "empty.pdf", new byte[0], "documents.error.empty");
        assertFileRefused(meeting, details, "large.pdf", SampleFiles.pdfOfSize((int) documents.maxBytes() + 1), "documents.error.tooLarge");
        assertFileRefused(meeting, details, "photo.pdf", SampleFiles.png(), "documents.error.notPdfOrDocx");
        assertFileRefused(meeting, details, "note.docx", "Biên bản".getBytes(StandardCharsets.UTF_8),
                "documents.error.notPdfOrDocx");
        assertFileRefused(meeting, details, "agreement.docx", uniquePdf("Other"), "documents.error.wrongExtension");
        assertThatThrownBy(() -> documents.register(meeting.id(), details, "copy.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.duplicate");
                    assertThat(e.args()).containsExactly(new LocalizedText("Thỏa thuận", "协议", null));
                });
        assertThatThrownBy(() -> documents.checkFile(meeting.id(), "copy.pdf", new ByteArrayInputStream(pdf)))
                .hasMessage("documents.error.duplicate");

        assertThat(documents.list(meeting.id())).hasSize(registered);
        assertThat(files.count()).as("no file stored").isEqualTo(filesBefore);
    }

    @Test
    void detailsAreCheckedBeforeTheFileIsStored() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var filesBefore = files.count();
        var registered = documents.list(meeting.id()).size();
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
        assertThat(documents.list(meeting.id())).hasSize(registered);
        assertThat(files.count()).isEqualTo(filesBefore);
    }

    @Test
    void theHostEditsAnEntryAndRemovesItWithItsFile() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var filesBefore = files.count();
        var bytes = uniquePdf("Plan");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(bytes));
        var edited = documents.edit(plan.id(), plan.getVersion(), details("Kế hoạch hành động", "行动计划", DocumentKind.PLAN, "LS", "GX"));
        assertThat(edited.signatoryPartyIds()).containsExactlyInAnyOrder(party("LS"), party("GX"));
        assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Cũ", "旧", DocumentKind.PLAN, "LS")))
                .hasMessage("error.concurrentEdit");
        assertThat(files.count()).isEqualTo(filesBefore + 1);

        documents.remove(edited.id(), edited.getVersion());
        assertThat(documents.list(meeting.id())).extracting(SignedDocument::id).doesNotContain(edited.id());
        assertThat(files.count()).isEqualTo(filesBefore);
        assertThatThrownBy(() -> documents.file(edited.id())).hasMessage("error.notFound");
        // The same file may now be registered again.
        documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(bytes));
    }

    @Test
    void closedMinutesLockTheRegister() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan")));
        // Closed directly: how minutes get closed (every party confirming) is MinutesServiceTest's.
        var closed = new Minutes(meeting.id());
        closed.close("Lạng Sơn", Instant.now());
        var record = minutesRecords.saveAndFlush(closed);
        try {
            assertThatThrownBy(() -> documents.register(meeting.id(), details("Thêm", "追加", DocumentKind.MOU, "LS"),
                    "more.pdf", new ByteArrayInputStream(uniquePdf("More")))).hasMessage("minutes.error.closed");
            assertThatThrownBy(() -> documents.edit(plan.id(), plan.getVersion(), details("Sửa", "改", DocumentKind.PLAN, "LS")))
                    .hasMessage("minutes.error.closed");
            assertThatThrownBy(() -> documents.remove(plan.id(), plan.getVersion())).hasMessage("minutes.error.closed");
            SignedIn.as(accounts, "gx.delegate");
            assertThat(documents.file(plan.id()).sha256()).isEqualTo(plan.sha256());
        } finally {
            minutesRecords.delete(record);
        }
    }

    @Test
    void aFileWhoseBytesChangedInTheDatabaseIsNotHandedOut() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan")));
        jdbc.update("UPDATE document_file SET bytes = ? WHERE id = ?", uniquePdf("Tampered"), plan.fileId());
        assertThatThrownBy(() -> documents.file(plan.id())).hasMessage("documents.error.damaged");
    }

    @Test
    void aFileOfExactlyTheLimitIsStoredWhole() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var large = SampleFiles.pdfOfSize((int) documents.maxBytes());
        var document = documents.register(meeting.id(), details("Phụ lục", "附件", DocumentKind.AGREEMENT, "LS", "GX"),
                "annex.pdf", new ByteArrayInputStream(large));
        assertThat(documents.file(document.id()).bytes()).isEqualTo(large);
    }

    @Test
    void theHostsSecretaryChecksAFileBeforeFillingInTheRestAndNothingIsStored() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var filesBefore = files.count();
        var registered = documents.list(meeting.id()).size();
        assertThat(documents.checkFile(meeting.id(), "agreement.pdf", new ByteArrayInputStream(uniquePdf("Check"))))
                .isEqualTo(DocumentType.PDF);
        assertThat(documents.checkFile(meeting.id(), "备忘录.docx", new ByteArrayInputStream(uniqueDocx("Check"))))
                .isEqualTo(DocumentType.DOCX);
        assertThatThrownBy(() -> documents.checkFile(meeting.id(), "empty.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("documents.error.empty");
                    assertThat(e.field()).isEqualTo("file");
                });
        assertThat(documents.list(meeting.id())).hasSize(registered);
        assertThat(files.count()).isEqualTo(filesBefore);
    }

    @Test
    void onlyTheHostPartysSecretaryChecksAFile() {
        var meeting = meeting();
        for (var refused : List.of("ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> documents.checkFile(meeting.id(), "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan"))))
                    .as(refused).isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> documents.checkFile(meeting.id(), "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan"))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("documents.error.hostOnly");
    }

    @Test
    void aConcludedMeetingsRegisterIsNoLongerChangedButStillRead() {
        var meeting = meeting();
        SignedIn.as(accounts, "ls.secretary");
        var plan = documents.register(meeting.id(), details("Kế hoạch", "计划", DocumentKind.PLAN, "LS"),
                "plan.pdf", new ByteArrayInputStream(uniquePdf("Plan")));
        var filesBefore = files.count();
        var registered = documents.list(meeting.id()).size();
        var phases = List.of(Phase.PREPARATION, Phase.NEGOTIATION, Phase.IN_SESSION, Phase.DRAFTING, Phase.APPROVAL, Phase.CONCLUDED);
        var from = meetings.get(meeting.id()).phase();
        // The shared meeting goes to CONCLUDED one phase at a time and back to where it was.
        phases.subList(phases.indexOf(from) + 1, phases.size()).forEach(p -> moveTo(meeting, p));
        try {
            SignedIn.as(accounts, "ls.secretary");
            assertPhaseRefused(() -> documents.register(meeting.id(), details("Thêm", "追加", DocumentKind.MOU, "LS"),
                    "more.pdf", new ByteArrayInputStream(uniquePdf("More"))));
            assertPhaseRefused(() -> documents.checkFile(meeting.id(), "more.pdf", new ByteArrayInputStream(uniquePdf("More"))));
            assertPhaseRefused(() -> documents.edit(plan.id(), plan.getVersion(), details("Sửa", "改", DocumentKind.PLAN, "LS")));
            assertPhaseRefused(() -> documents.remove(plan.id(), plan.getVersion()));
            assertThat(documents.list(meeting.id())).hasSize(registered);
            assertThat(documents.get(plan.id()).title()).isEqualTo(plan.title());
            assertThat(files.count()).isEqualTo(filesBefore);
            SignedIn.as(accounts, "cb.delegate");
            assertThat(documents.file(plan.id()).sha256()).isEqualTo(plan.sha256());
        } finally {
            phases.reversed().subList(1, phases.size() - phases.indexOf(from)).forEach(p -> moveTo(meeting, p));
        }
        SignedIn.as(accounts, "ls.secretary");
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(from);
    }

    @Test
    void anEntryThatIsNotInTheRegisterIsRefused() {
        SignedIn.as(accounts, "ls.secretary");
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> documents.get(-1), () -> documents.file(-1), () -> documents.remove(-1, 0),
                () -> documents.edit(-1, 0, details("Sửa", "改", DocumentKind.PLAN, "LS")))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        }
    }

    private void moveTo(Meeting meeting, Phase phase) {
        SignedIn.as(accounts, "admin");
        meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), phase);
    }

    private static void assertPhaseRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
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
                new ByteArrayInputStream(uniquePdf("Plan")))).as(key)
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private SignedDocumentDetails details(String vi, String zh, DocumentKind kind, String... signatories) {
        return new SignedDocumentDetails(new LocalizedText(vi, zh, null), kind,
                Arrays.stream(signatories).map(this::party).collect(Collectors.toSet()), SIGNED_ON);
    }

    /** A file no other test registers, on this database or in an earlier run on it. */
    private static byte[] uniquePdf(String text) {
        return SampleFiles.pdf(text + " " + SignedIn.unique(""));
    }

    private static byte[] uniqueDocx(String text) {
        return SampleFiles.docx(text + " " + SignedIn.unique(""));
    }

    /** The meeting these tests share, made on first use in this context (one per database run). */
    private Meeting meeting() {
        if (meeting == null) {
            meeting = TestMeetings.newMeeting(meetings, accounts);
        }
        return meeting;
    }

    private long party(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
