package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.notification.NotificationKind;
import org.jwc.secretariat.notification.NotificationService;
import org.jwc.secretariat.notification.UserNotification;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Circulated versions are immutable and every taking-part party's leader approves one of them (issue 6). */
@DatabaseTest
class ApprovalServiceTest {

    @Autowired ApprovalService approvals;
    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing editing;
    @Autowired BracketService brackets;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    CirculatedCommuniques communique;
    Meeting meeting;

    @BeforeEach
    void aGeneratedDraft() {
        communique = CirculatedCommuniques.generatedDraft(context);
        meeting = communique.meeting();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void circulatingFreezesAVersionWithTheHashOfItsCanonicalTextAndMovesTheMeetingToApproval() {
        var version = circulate();

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.sha256()).matches("[0-9a-f]{64}");
        assertThat(version.fingerprint()).isEqualTo(version.sha256().substring(0, 8));
        assertThat(version.approvable()).isTrue();
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.APPROVAL);
        var frozen = approvals.text(version.id());
        assertThat(frozen).isEqualTo(communiques.workingText(meeting.id()));
        assertThat(Canonical.of(frozen).sha256()).as("the stored text gives back its hash").isEqualTo(version.sha256());

        assertThatThrownBy(this::circulate).as("nothing changed since version 1")
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.unchanged"));
    }

    @Test
    void anEditAfterCirculationWorksOnTheNextVersionAndLeavesTheCirculatedTextAsItWas() {
        var first = circulate();
        var edited = editFirstAreaParagraph("Các bên nhất trí hợp tác.", "各方同意合作。");

        assertThat(approvals.text(first.id()).paragraphs()).extracting(p -> p.text().vi()).doesNotContain("Các bên nhất trí hợp tác.");
        var second = circulate();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(approvals.text(second.id()).paragraphs()).extracting(ParagraphText::id).contains(edited.id());
    }

    @Test
    void thePartiesHearOfACirculatedVersionTheHostOfAReturnAndEveryoneOfTheFinalText() {
        var version = circulate();
        SignedIn.as(accounts, "cb.leader");
        assertThat(notifications.latest(5)).extracting(UserNotification::kind).contains(NotificationKind.COMMUNIQUE_CIRCULATED);
        approvals.decide(version.id(), version.sha256(), Decision.RETURNED, "Đề nghị làm rõ đoạn về cửa khẩu.");
        SignedIn.as(accounts, "ls.secretary");
        assertThat(notifications.latest(5)).extracting(UserNotification::kind).contains(NotificationKind.COMMUNIQUE_RETURNED)
                .as("not told of the version it circulated itself").doesNotContain(NotificationKind.COMMUNIQUE_CIRCULATED);

        approve(version, CirculatedCommuniques.LEADERS.toArray(String[]::new));
        SignedIn.as(accounts, "gx.delegate");
        assertThat(notifications.latest(5)).extracting(UserNotification::kind).contains(NotificationKind.COMMUNIQUE_FINAL);
    }

    @Test
    void onlyTheHostsSecretaryCirculates() {
        for (var other : List.of("cb.secretary", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> approvals.circulate(meeting.id())).as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyALeaderApprovesOnlyForTheirOwnPartyAndOnlyTheHashTheyWereShown() {
        var version = circulate();
        for (var other : List.of("ls.secretary", "cb.delegate", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "cb.leader");
        assertThatThrownBy(() -> approvals.decide(version.id(), "0".repeat(64), Decision.APPROVED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.hashMismatch"));
        var approval = approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);

        assertThat(approval.partyId()).as("the leader's own party, never another").isEqualTo(id("CB"));
        assertThat(approval.leaderUsername()).isEqualTo("cb.leader");
        assertThat(approval.sha256()).isEqualTo(version.sha256());
    }

    @Test
    void aLeaderOfAPartyNotTakingPartCannotApprove() {
        var version = circulate();
        SignedIn.as(accounts, "admin");
        var current = meetings.get(meeting.id());
        var d = current.details();
        var twoYearsEarlier = Duration.ofDays(730);
        meetings.update(meeting.id(), current.getVersion(), new MeetingDetails(d.number(), d.title(),
                d.startsAt().minus(twoYearsEarlier), d.endsAt().minus(twoYearsEarlier), d.format(), d.venue(), d.bridges(),
                d.hostPartyId(), d.coChairPartyId(), null, null, null));

        SignedIn.as(accounts, "tq.leader");
        assertThatThrownBy(() -> approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null))
                .as("Tuyên Quang joined in July 2025, after a meeting held in 2024").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReturnNeedsCommentsAndAVersionWithAPendingPairOrAnOpenBracketCannotBeApproved() {
        editFirstAreaParagraph("Các bên nhất trí hợp tác toàn diện.", null);
        var version = circulate();
        assertThat(version.pendingPairs()).isEqualTo(1);

        SignedIn.as(accounts, "gx.leader");
        assertThatThrownBy(() -> approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.notApprovable"));
        assertThatThrownBy(() -> approvals.decide(version.id(), version.sha256(), Decision.RETURNED, " "))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        var returned = approvals.decide(version.id(), version.sha256(), Decision.RETURNED, "Bản tiếng Trung chưa được xác nhận.");
        assertThat(returned.decision()).isEqualTo(Decision.RETURNED);
    }

    @Test
    void aNewerVersionMakesEarlierApprovalsStaleAndAnApprovalOfTheOlderOneIsRefused() {
        var first = circulate();
        approve(first, "cb.leader", "gx.leader");
        editFirstAreaParagraph("Các bên nhất trí hợp tác.", "各方同意合作。");
        var second = circulate();

        SignedIn.as(accounts, "qn.leader");
        assertThatThrownBy(() -> approvals.decide(first.id(), first.sha256(), Decision.APPROVED, null))
                .as("the leader read version 1 while version 2 was circulated")
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.superseded"));
        var standing = approvals.standing(meeting.id());
        assertThat(standing).filteredOn(s -> s.party().code().equals("CB")).singleElement()
                .satisfies(s -> assertThat(s.stale()).isTrue());
        assertThat(standing).noneMatch(PartyStanding::approvesLatest);
        assertThat(communiques.find(meeting.id()).orElseThrow().isFinal()).isFalse();
        assertThat(second.number()).isEqualTo(2);
    }

    @Test
    void whenEveryTakingPartLeaderApprovesTheSameVersionTheCommuniqueIsFinalLockedAndTheMeetingConcluded() {
        var version = circulate();
        approve(version, "tq.leader", "qn.leader", "ls.leader", "cb.leader");
        assertThat(communiques.find(meeting.id()).orElseThrow().isFinal()).isFalse();

        approve(version, "gx.leader");

        var communique = communiques.find(meeting.id()).orElseThrow();
        assertThat(communique.isFinal()).isTrue();
        assertThat(communique.finalVersionId()).isEqualTo(version.id());
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.CONCLUDED);
        assertThat(approvals.decisions(meeting.id())).hasSize(5).allSatisfy(a -> assertThat(a.sha256()).isEqualTo(version.sha256()));
        SignedIn.as(accounts, "ls.secretary");
        var paragraph = communiques.workingText(meeting.id()).paragraphs().getLast();
        assertThatThrownBy(() -> editing.edit(paragraph.id(), communiques.paragraph(paragraph.id()).getVersion(),
                new ParagraphEdit(ParagraphKind.COMMON, List.of(), new LocalizedText("Sửa.", "改。", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.final"));
        assertThatThrownBy(() -> approvals.circulate(meeting.id())).isInstanceOf(RefusedException.class);
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> brackets.open(paragraph.id(), new BracketDraft(id("CB"), "a", "b", "c", List.of())))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void twoLeadersApprovingAtTheSameMomentBothCount() throws Exception {
        var version = circulate();
        approve(version, "tq.leader", "qn.leader", "ls.leader");

        var barrier = new CyclicBarrier(2);
        var tasks = new ArrayList<Callable<Approval>>();
        for (var leader : List.of("cb.leader", "gx.leader")) {
            tasks.add(() -> {
                SignedIn.as(accounts, leader);
                barrier.await();
                try {
                    return approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
                } finally {
                    SignedIn.signOut();
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get().approved()).isTrue();
            }
        }

        SignedIn.as(accounts, "gx.delegate");
        assertThat(approvals.decisions(meeting.id())).hasSize(5);
        assertThat(communiques.find(meeting.id()).orElseThrow().isFinal()).as("the later of the two saw the earlier").isTrue();
    }

    @Test
    void anEditRacingAnApprovalNeverGivesAnApprovalOfTextTheLeaderDidNotSee() throws Exception {
        var first = circulate();
        var edit = editFirstAreaParagraph("Các bên nhất trí hợp tác.", "各方同意合作。");
        var barrier = new CyclicBarrier(2);
        Callable<Object> circulateSecond = () -> {
            SignedIn.as(accounts, "ls.secretary");
            barrier.await();
            try {
                return approvals.circulate(meeting.id());
            } finally {
                SignedIn.signOut();
            }
        };
        Callable<Object> approveFirst = () -> {
            SignedIn.as(accounts, "cb.leader");
            barrier.await();
            try {
                return approvals.decide(first.id(), first.sha256(), Decision.APPROVED, null);
            } catch (RefusedException refused) {
                return refused;
            } finally {
                SignedIn.signOut();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(List.of(circulateSecond, approveFirst));
            results.getFirst().get();
            results.getLast().get();
        }

        SignedIn.as(accounts, "cb.delegate");
        for (var decision : approvals.decisions(meeting.id())) {
            var approved = approvals.version(decision.versionId());
            assertThat(decision.sha256()).isEqualTo(approved.sha256()).isEqualTo(first.sha256());
            assertThat(approvals.text(approved.id()).paragraphs()).extracting(p -> p.text().vi()).doesNotContain("Các bên nhất trí hợp tác.");
        }
        assertThat(approvals.standing(meeting.id())).noneMatch(PartyStanding::approvesLatest);
        assertThat(edit.id()).isPositive();
    }

    private CommuniqueVersion circulate() {
        return communique.circulate();
    }

    private void approve(CommuniqueVersion version, String... leaders) {
        communique.approve(version, leaders);
    }

    /** The host edits the first paragraph of the areas; a null Chinese text keeps the Chinese as it was. */
    private Paragraph editFirstAreaParagraph(String vi, String zh) {
        SignedIn.as(accounts, "ls.secretary");
        var text = communiques.workingText(meeting.id());
        var first = text.sections().stream().filter(s -> s.kind() == SectionKind.AREA && !s.paragraphs().isEmpty())
                .findFirst().orElseThrow().paragraphs().getFirst();
        var current = communiques.paragraph(first.id());
        return editing.edit(first.id(), current.getVersion(), new ParagraphEdit(current.kind(), List.copyOf(current.partyIds()),
                new LocalizedText(vi, zh == null ? current.text().zh() : zh, null)));
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
