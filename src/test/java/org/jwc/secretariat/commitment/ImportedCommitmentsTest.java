package org.jwc.secretariat.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.communique.past.PastMeetings;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A past communiqué imported as final makes its commitments too, and a re-import never loses a party's report. */
@DatabaseTest
class ImportedCommitmentsTest {

    static final String BRIDGE = "Cao Bằng và Quảng Tây phối hợp hoàn thiện thủ tục đưa dự án cầu đường bộ II Tà Lùng - Thủy Khẩu";

    @Autowired CommitmentService commitments;
    @Autowired PastCommuniqueImport imports;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    Meeting meeting;

    @BeforeEach
    void theFourteenthImported() {
        meeting = PastMeetings.concluded(meetings, accounts);
        importFourteenth();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theImportedParagraphsOfTheAreasBecomeCommitmentsWithTheirParties() {
        var found = commitments.find(new CommitmentFilter(meeting.id(), null, null, null));

        assertThat(found).as("the paragraphs of areas 1, 2, 3(1)–(4), 4 and 5, not the preamble or the closing").hasSize(12);
        var bridge = bridge();
        assertThat(bridge.commitment().kind()).isEqualTo(ParagraphKind.BILATERAL);
        assertThat(bridge.parties()).extracting(CommitmentParty::partyId).containsExactlyInAnyOrder(id("CB"), id("GX"));
        var common = found.getFirst();
        assertThat(common.parties()).extracting(CommitmentParty::partyId).as("the parties of the 14th meeting's day")
                .containsExactlyInAnyOrder(id("HG"), id("QN"), id("LS"), id("CB"), id("GX"));
    }

    @Test
    void aReImportReplacesTheCommitmentsUntilAPartyHasReportedOnOne() {
        var before = bridge().commitment().id();
        importFourteenth();
        var after = bridge().commitment().id();
        assertThat(after).isNotEqualTo(before);

        SignedIn.as(accounts, "cb.secretary");
        commitments.report(after, new ProgressReport(CommitmentStatus.IN_PROGRESS, LocalDate.of(2023, 6, 1),
                new LocalizedText("Đã hoàn thiện hồ sơ.", null, null)));
        assertThatThrownBy(this::importFourteenth).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("commitment.error.reportsExist"));
        assertThat(bridge().commitment().id()).isEqualTo(after);
        assertThat(commitments.notes(after)).hasSize(1);
    }

    @Test
    void tuyenQuangCarriesOnWhatHaGiangAgreedToAndTheRecordKeepsWhoWasResponsible() {
        var common = commitments.find(new CommitmentFilter(meeting.id(), null, null, null)).getFirst();
        assertThat(common.parties()).extracting(CommitmentParty::partyId).as("responsible when agreed")
                .contains(id("HG")).doesNotContain(id("TQ"));

        SignedIn.as(accounts, "tq.delegate");
        var note = commitments.report(common.commitment().id(), new ProgressReport(CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 20), new LocalizedText("Tuyên Quang tiếp tục triển khai.", null, null)));

        assertThat(note.partyId()).as("the report is on Hà Giang's responsibility").isEqualTo(id("HG"));
        assertThat(note.authorName()).isNotBlank();
        var standing = commitments.find(new CommitmentFilter(meeting.id(), null, id("TQ"), null));
        assertThat(standing).as("Tuyên Quang's filter finds what it carries on").extracting(v -> v.commitment().id())
                .contains(common.commitment().id());
        assertThat(standing.getFirst().parties()).filteredOn(p -> p.partyId() == id("HG")).singleElement()
                .extracting(CommitmentParty::status).isEqualTo(CommitmentStatus.IN_PROGRESS);

        SignedIn.as(accounts, "tq.delegate");
        var bridge = bridge().commitment().id();
        SignedIn.as(accounts, "tq.delegate");
        assertThatThrownBy(() -> commitments.report(bridge, new ProgressReport(CommitmentStatus.DONE, LocalDate.of(2026, 11, 20),
                new LocalizedText("Không phải của chúng tôi.", null, null))))
                .as("a commitment of Cao Bằng and Guangxi only").isInstanceOf(AccessDeniedException.class);
    }

    private void importFourteenth() {
        SignedIn.as(accounts, "admin");
        imports.save(meeting.id(), imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI), Language.VI);
    }

    private CommitmentView bridge() {
        SignedIn.as(accounts, "admin");
        return commitments.find(new CommitmentFilter(meeting.id(), null, null, null)).stream()
                .filter(v -> v.commitment().text().vi().startsWith(BRIDGE)).findFirst().orElseThrow();
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
