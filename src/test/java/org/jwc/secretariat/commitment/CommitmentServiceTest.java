package org.jwc.secretariat.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A final communiqué becomes commitments that each responsible party reports on (issue 7). */
@DatabaseTest
class CommitmentServiceTest {

    static final List<String> LEADERS = List.of("tq.leader", "qn.leader", "ls.leader", "cb.leader", "gx.leader");

    @Autowired CommitmentService commitments;
    @Autowired CommuniqueService communiques;
    @Autowired ApprovalService approvals;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;

    @BeforeEach
    void aFinalCommunique() {
        meeting = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
        var version = approvals.circulate(meeting.id());
        for (var leader : LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
        SignedIn.as(accounts, "gx.delegate");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void eachParagraphOfTheAreasBecomesACommitmentOfTheResponsibleParties() {
        var found = commitments.find(new CommitmentFilter(meeting.id(), null, null, null));

        assertThat(found).hasSize(3).allSatisfy(v -> assertThat(v.parties())
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(CommitmentStatus.NOT_STARTED)));
        var bridge = bridge();
        assertThat(bridge.commitment().kind()).isEqualTo(ParagraphKind.BILATERAL);
        assertThat(bridge.parties()).extracting(CommitmentParty::partyId).containsExactlyInAnyOrder(id("CB"), id("GX"));
        assertThat(bridge.commitment().text().zh()).isEqualTo(AgreedProposals.BRIDGE_ZH);
        var text = communiques.workingText(meeting.id()).paragraphs();
        assertThat(text.get(bridge.commitment().paragraphNumber() - 1).text().vi()).isEqualTo(AgreedProposals.BRIDGE_VI);
        var gates = found.stream().filter(v -> AgreedProposals.GATES_VI.equals(v.commitment().text().vi())).findFirst().orElseThrow();
        assertThat(gates.parties()).extracting(CommitmentParty::partyId).as("a common paragraph binds every party taking part")
                .containsExactlyInAnyOrder(id("TQ"), id("QN"), id("LS"), id("CB"), id("GX"));
    }

    @Test
    void aResponsiblePartysDelegateReportsProgressAndTheStatusFollows() {
        var bridge = bridge();
        SignedIn.as(accounts, "cb.delegate");

        var note = commitments.report(bridge.commitment().id(), new ProgressReport(CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 20), new LocalizedText("Đã hoàn thành nghiệm thu cầu.", "大桥已完成验收。", null)));

        assertThat(note.authorName()).isNotBlank();
        assertThat(commitments.notes(bridge.commitment().id())).singleElement().satisfies(n -> {
            assertThat(n.text().vi()).isEqualTo("Đã hoàn thành nghiệm thu cầu.");
            assertThat(n.notedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        assertThat(bridge().parties()).filteredOn(p -> p.partyId() == id("CB")).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(CommitmentStatus.IN_PROGRESS));
    }

    @Test
    void onlyTheResponsiblePartysDelegatesAndSecretariesReport() {
        var bridge = bridge().commitment().id();
        var report = new ProgressReport(CommitmentStatus.DONE, LocalDate.of(2026, 11, 1), new LocalizedText("Xong.", "完成。", null));
        for (var other : List.of("qn.secretary", "ls.delegate", "cb.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> commitments.report(bridge, report)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "gx.secretary");
        commitments.report(bridge, report);
        assertThat(commitments.notes(bridge)).hasSize(1);
    }

    @Test
    void aReportNeedsAStatusADateNotInTheFutureAndWhatWasDone() {
        var bridge = bridge().commitment().id();
        SignedIn.as(accounts, "cb.secretary");
        var text = new LocalizedText("Đang triển khai.", null, null);
        assertThatThrownBy(() -> commitments.report(bridge, new ProgressReport(null, LocalDate.of(2026, 11, 1), text)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> commitments.report(bridge, new ProgressReport(CommitmentStatus.IN_PROGRESS,
                LocalDate.now().plusDays(2), text)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("notedOn"));
        assertThatThrownBy(() -> commitments.report(bridge, new ProgressReport(CommitmentStatus.IN_PROGRESS,
                LocalDate.of(2026, 11, 1), new LocalizedText(" ", null, "Only English."))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(commitments.notes(bridge)).isEmpty();
    }

    @Test
    void aCommitmentStaysUnderReviewAtEachLaterMeetingUntilEveryResponsiblePartyReportsItDone() {
        var eighteenth = meetings.findByNumber(18).orElseThrow().id();
        var bridge = bridge().commitment().id();
        assertThat(underReview(eighteenth)).contains(bridge);

        report("cb.delegate", bridge, CommitmentStatus.DONE);
        assertThat(underReview(eighteenth)).as("Guangxi has not reported it done").contains(bridge);
        report("gx.delegate", bridge, CommitmentStatus.DONE);
        assertThat(underReview(eighteenth)).doesNotContain(bridge);
        assertThat(underReview(meeting.id())).as("a meeting reviews earlier meetings only").doesNotContain(bridge);
    }

    @Test
    void theFiltersAndTheSummaryCountByPartyAndByArea() {
        var bridge = bridge();
        report("cb.delegate", bridge.commitment().id(), CommitmentStatus.STALLED);

        assertThat(commitments.find(new CommitmentFilter(meeting.id(), null, id("CB"), CommitmentStatus.STALLED)))
                .singleElement().satisfies(v -> assertThat(v.commitment().id()).isEqualTo(bridge.commitment().id()));
        assertThat(commitments.find(new CommitmentFilter(meeting.id(), null, id("QN"), null))).hasSize(2);
        var summary = commitments.summary(new CommitmentFilter(meeting.id(), null, null, null));
        assertThat(summary.byParty().get(id("CB")).of(CommitmentStatus.STALLED)).isEqualTo(1);
        assertThat(summary.byParty().get(id("CB")).total()).isEqualTo(3);
        assertThat(summary.byParty().get(id("QN")).of(CommitmentStatus.NOT_STARTED)).isEqualTo(2);
        assertThat(summary.byArea().get(bridge.commitment().areaId()).of(CommitmentStatus.STALLED)).isEqualTo(1);
    }

    private List<Long> underReview(long meetingId) {
        return commitments.underReview(meetingId).stream().map(v -> v.commitment().id()).toList();
    }

    private void report(String user, long commitment, CommitmentStatus status) {
        SignedIn.as(accounts, user);
        commitments.report(commitment, new ProgressReport(status, LocalDate.of(2026, 11, 2), new LocalizedText("Báo cáo.", "报告。", null)));
        SignedIn.as(accounts, "gx.delegate");
    }

    private CommitmentView bridge() {
        return commitments.find(new CommitmentFilter(meeting.id(), null, null, null)).stream()
                .filter(v -> AgreedProposals.BRIDGE_VI.equals(v.commitment().text().vi())).findFirst().orElseThrow();
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
