package org.jwc.secretariat.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
@WithUserDetails("ls.delegate")
class MeetingServiceTest {

    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void pastMeetingsKeepThePartyNamesTheyHadThen() {
        var fifteenth = meetings.findByNumber(15).orElseThrow();
        assertThat(parties.get(fifteenth.hostPartyId()).code()).isEqualTo("GX");
        assertThat(parties.get(fifteenth.coChairPartyId()).name().vi()).isEqualTo("Hà Giang");
        assertThat(meetings.findByNumber(17).orElseThrow().phase()).isEqualTo(Phase.CONCLUDED);
    }

    @Test
    void theEighteenthIsHostedByLangSonWithGuangxiCoChairingAsTheRotationProposed() {
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        assertThat(parties.get(eighteenth.hostPartyId()).code()).isEqualTo("LS");
        assertThat(parties.get(eighteenth.coChairPartyId()).code()).isEqualTo("GX");
        assertThat(eighteenth.phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    void theRotationProposesGuangxiToHostTheNineteenthWithLangSonCoChairing() {
        var next = meetings.proposeNext().orElseThrow();
        assertThat(next.number()).isEqualTo(19);
        assertThat(parties.get(next.hostPartyId()).code()).isEqualTo("GX");
        assertThat(parties.get(next.coChairPartyId()).code()).isEqualTo("LS");
    }

    @Test
    @WithUserDetails("admin")
    void aMeetingMovesOnePhaseAtATimeAndHostAndCoChairAreOfDifferentSides() {
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        assertThatThrownBy(() -> meetings.changePhase(eighteenth.id(), eighteenth.getVersion(), Phase.DRAFTING))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phaseStep"));
        var d = eighteenth.details();
        var bothVietnamese = new MeetingDetails(d.number(), d.title(), d.startsAt(), d.endsAt(), d.format(), d.venue(),
                d.bridges(), d.hostPartyId(), parties.findByCode("CB").orElseThrow().id(), d.proposalDeadline(),
                d.responseDeadline(), d.approvalDeadline());
        assertThatThrownBy(() -> meetings.update(eighteenth.id(), eighteenth.getVersion(), bothVietnamese))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("coChairPartyId"));
        assertThat(meetings.findByNumber(18).orElseThrow().phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    @WithUserDetails("admin")
    void anOnlineMeetingNeedsItsBridgeLocationsInBothOfficialLanguages() {
        var d = meetings.findByNumber(14).orElseThrow().details();
        var noBridges = new MeetingDetails(99, d.title(), d.startsAt(), d.endsAt(), MeetingFormat.ONLINE, d.venue(),
                org.jwc.secretariat.i18n.LocalizedText.EMPTY, d.hostPartyId(), d.coChairPartyId(), null, null, null);
        assertThatThrownBy(() -> meetings.create(noBridges))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("bridges"));
        assertThat(meetings.findByNumber(99)).isEmpty();
    }

    @Test
    void aMeetingIsFoundByItsIdAndAnUnknownOneIsRefused() {
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        assertThat(meetings.get(eighteenth.id()).number()).isEqualTo(18);
        assertThatThrownBy(() -> meetings.get(-1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
    }

    @Test
    void aMeetingInAnotherPhaseIsRefusedNamingThePhaseItIsIn() {
        var seventeenth = meetings.findByNumber(17).orElseThrow();
        assertThat(meetings.inPhase(seventeenth.id(), EnumSet.of(Phase.CONCLUDED)).id()).isEqualTo(seventeenth.id());
        assertThatThrownBy(() -> meetings.inPhase(seventeenth.id(), EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.error.phase");
                    assertThat(e.args()).containsExactly(new MessageKey("phase.CONCLUDED"));
                });
    }

    @Test
    void anAdministratorPlansAMeetingAndNoOneElseDoes() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.delegate");
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.PREPARATION);
        assertThat(parties.get(meeting.hostPartyId()).code()).isEqualTo("LS");

        var count = meetings.all().size();
        var d = meeting.details();
        for (var other : List.of("ls.delegate", "ls.secretary", "gx.leader")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> meetings.create(renumbered(d, 99))).as(other).isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> meetings.create(renumbered(d, 18)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.error.numberTaken");
                    assertThat(e.field()).isEqualTo("number");
                });
        assertThatThrownBy(() -> meetings.create(renumbered(d, 0)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.positive"));
        assertThat(meetings.all()).hasSize(count);
        assertThat(meetings.findByNumber(99)).isEmpty();
    }

    @Test
    void anAdministratorChangesAMeetingButNotFromAnOlderScreen() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "admin");
        var d = meeting.details();
        var venue = new LocalizedText("Thành phố Đồng Đăng, tỉnh Lạng Sơn", "谅山省同登市", null);
        var updated = meetings.update(meeting.id(), meeting.getVersion(), new MeetingDetails(d.number(), d.title(), d.startsAt(),
                d.endsAt(), d.format(), venue, d.bridges(), d.hostPartyId(), d.coChairPartyId(), null, null, null));
        assertThat(updated.venue()).isEqualTo(venue);

        assertThatThrownBy(() -> meetings.update(meeting.id(), meeting.getVersion(), d))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertThatThrownBy(() -> meetings.changePhase(meeting.id(), meeting.getVersion(), Phase.NEGOTIATION))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        var now = meetings.get(meeting.id());
        assertThat(now.venue()).isEqualTo(venue);
        assertThat(now.phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    void anAdministratorMovesAMeetingOnePhaseForwardAndBackToCorrectAMistake() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "admin");
        var negotiating = meetings.changePhase(meeting.id(), meeting.getVersion(), Phase.NEGOTIATION);
        assertThat(negotiating.phase()).isEqualTo(Phase.NEGOTIATION);
        var back = meetings.changePhase(meeting.id(), negotiating.getVersion(), Phase.PREPARATION);
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.PREPARATION);

        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> meetings.changePhase(meeting.id(), back.getVersion(), Phase.NEGOTIATION))
                .as("not even the host's secretary").isInstanceOf(AuthorizationDeniedException.class);
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    void theHostsSecretaryOrAnAdministratorGivesMoreTimeForProposalsButNeverLess() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        SignedIn.as(accounts, "admin");
        var extended = meetings.extendProposalDeadline(meeting.id(), meeting.getVersion(), now.plus(Duration.ofDays(2)));
        assertThat(extended.proposalDeadline()).isEqualTo(now.plus(Duration.ofDays(2)));
        SignedIn.as(accounts, "ls.secretary");
        extended = meetings.extendProposalDeadline(meeting.id(), extended.getVersion(), now.plus(Duration.ofDays(3)));
        var deadline = extended.proposalDeadline();

        var version = extended.getVersion();
        for (var other : List.of("ls.delegate", "ls.leader", "gx.delegate")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), version, now.plus(Duration.ofDays(5))))
                    .as(other).isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), version, now.plus(Duration.ofDays(5))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("meeting.error.extendHostOnly");
        SignedIn.as(accounts, "ls.secretary");
        for (var earlier : new Instant[] {now.plus(Duration.ofDays(1)), null}) {
            assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), version, earlier)).as(String.valueOf(earlier))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("meeting.error.extendLater");
                        assertThat(e.field()).isEqualTo("proposalDeadline");
                    });
        }
        assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), version - 1, now.plus(Duration.ofDays(5))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertThat(meetings.get(meeting.id()).proposalDeadline()).isEqualTo(deadline);
    }

    private static MeetingDetails renumbered(MeetingDetails d, int number) {
        return new MeetingDetails(number, d.title(), d.startsAt(), d.endsAt(), d.format(), d.venue(), d.bridges(),
                d.hostPartyId(), d.coChairPartyId(), null, null, null);
    }
}
